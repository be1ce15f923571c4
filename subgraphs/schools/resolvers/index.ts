import { productionCalendar } from "../../../lib/calendar/production-calendar.ts";
import { formatMinutes, isOpenAt, nextOpening, type DayHours, type WeeklySchedule } from "../../../lib/calendar/schedule.ts";
import type { Clock } from "../../../lib/clock.ts";
import { ErrorCode } from "../../../lib/errors/codes.ts";
import { ServiceError, withField } from "../../../lib/errors/service-error.ts";
import type { Language } from "../../../lib/i18n/language.ts";
import { requireValidBin } from "../../../lib/identifiers/validate-input.ts";
import type { SchoolsPrisma } from "../data/database.ts";
import type { School, ServiceCenter } from "../data/generated/client.ts";
import type { SchoolLoaders } from "../data/loaders.ts";
import { schoolsMessages } from "../domain/messages.ts";

/** Per-request context of the schools subgraph. */
export interface SchoolsContext {
  prisma: SchoolsPrisma;
  loaders: SchoolLoaders;
  clock: Clock;
  language: Language;
}

const WEEKDAYS = ["MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"];

/** Kazakh for kk; Russian for ru and for en, since official names exist only in the two state languages. */
const pick = (kk: string, ru: string, language: Language) => (language === "kk" ? kk : ru);

async function loadSchool(bin: string, context: SchoolsContext): Promise<School> {
  const school = await context.loaders.schools.load(bin);
  if (!school) throw new ServiceError(ErrorCode.NOT_FOUND, schoolsMessages.schoolNotFound, { values: { bin }, details: { bin } });
  return school;
}

async function loadOffice(id: string, context: SchoolsContext): Promise<ServiceCenter> {
  const office = await context.loaders.offices.load(id);
  if (!office) throw new ServiceError(ErrorCode.NOT_FOUND, schoolsMessages.officeNotFound, { values: { id }, details: { id } });
  return office;
}

/** Fields shared by schools and offices that are stored per language. */
const placeFields = {
  name: (place: School | ServiceCenter, _args: unknown, context: SchoolsContext) => pick(place.nameKk, place.nameRu, context.language),
  city: (place: School | ServiceCenter, _args: unknown, context: SchoolsContext) => pick(place.cityKk, place.cityRu, context.language),
  address: (place: School | ServiceCenter, _args: unknown, context: SchoolsContext) => pick(place.addressKk, place.addressRu, context.language),
  schedule: (place: School | ServiceCenter) => place.schedule as unknown as WeeklySchedule,
};

/** Resolvers of the schools subgraph. */
export const schoolsResolvers = {
  Query: {
    school: (_parent: unknown, args: { bin: string }, context: SchoolsContext) =>
      withField(loadSchool(requireValidBin(args.bin, "bin"), context), ErrorCode.NOT_FOUND, "bin"),
    schools: (_parent: unknown, args: { region?: string | null; level?: string | null }, context: SchoolsContext) =>
      context.prisma.school.findMany({
        where: { ...(args.region ? { region: args.region } : {}), ...(args.level ? { levels: { has: args.level } } : {}) },
        orderBy: [{ region: "asc" }, { bin: "asc" }],
      }),
    serviceCenter: (_parent: unknown, args: { id: string }, context: SchoolsContext) => withField(loadOffice(args.id, context), ErrorCode.NOT_FOUND, "id"),
    serviceCenters: (_parent: unknown, args: { region?: string | null }, context: SchoolsContext) =>
      context.prisma.serviceCenter.findMany({ where: args.region ? { region: args.region } : {}, orderBy: [{ region: "asc" }, { id: "asc" }] }),
  },
  School: {
    __resolveReference: (reference: { bin: string }, context: SchoolsContext) => loadSchool(reference.bin, context),
    ...placeFields,
  },
  ServiceCenter: {
    __resolveReference: (reference: { id: string }, context: SchoolsContext) => loadOffice(reference.id, context),
    ...placeFields,
  },
  Schedule: {
    days: (schedule: WeeklySchedule) => schedule.days,
    isOpenNow: (schedule: WeeklySchedule, _args: unknown, context: SchoolsContext) => isOpenAt(schedule, productionCalendar(), context.clock.now()),
    nextOpening: (schedule: WeeklySchedule, _args: unknown, context: SchoolsContext) => {
      const now = context.clock.now();
      if (isOpenAt(schedule, productionCalendar(), now)) return null;
      const next = nextOpening(schedule, productionCalendar(), now);
      // Asia/Almaty is UTC+5 all year, so the wall-clock time converts with a fixed offset.
      return next ? new Date(`${next.date}T${formatMinutes(next.minutes)}:00+05:00`).toISOString() : null;
    },
  },
  OpeningHours: {
    weekday: (day: DayHours) => WEEKDAYS[day.weekday - 1],
    opens: (day: DayHours) => formatMinutes(day.opens),
    closes: (day: DayHours) => formatMinutes(day.closes),
    breaks: (day: DayHours) => day.breaks.map((span) => ({ starts: formatMinutes(span.start), ends: formatMinutes(span.end) })),
  },
};
