import { toAlmaty } from "../../../lib/calendar/local-date.ts";
import type { ProductionCalendar } from "../../../lib/calendar/production-calendar.ts";
import type { Clock } from "../../../lib/clock.ts";
import { ErrorCode } from "../../../lib/errors/codes.ts";
import { ServiceError } from "../../../lib/errors/service-error.ts";
import { requireValidBin, requireValidIin } from "../../../lib/identifiers/validate-input.ts";
import type { ApplicationsPrisma } from "../data/database.ts";
import type { Actor } from "../../../lib/http/actor.ts";
import type { Application, ApplicationEvent, HandOver, HomeVisit } from "../data/generated/client.ts";
import { recordHomeVisit, requestHomeVisit, type HomeVisitRequest } from "../domain/home-visit.ts";
import { issueDuplicate, type IssueDuplicateInput } from "../domain/hand-over.ts";
import { takeApplication, type TakeApplicationInput } from "../domain/intake.ts";
import { describeItem, renderReceiptLines, toReceiptFacts, type ReceiptFacts } from "../domain/refusal-receipt-text.ts";
import type { ConsentDirectory } from "../upstream/consent-directory.ts";
import type { EgovGatewayClient } from "../../../lib/state-systems/egov-gateway-client.ts";
import { portalApplicationText } from "../domain/portal-signature.ts";
import type { Language } from "../../../lib/i18n/language.ts";
import { changeStatus, type ChangeStatusInput } from "../domain/change-status.ts";
import { requireActor } from "../domain/case-errors.ts";
import { APPLICATION_STATUSES, isClosed, type ApplicationStatus } from "../domain/lifecycle.ts";
import { applicationMessages } from "../domain/messages.ts";
import { submitApplication, type SubmitApplicationInput } from "../domain/submit-application.ts";
import type { PeopleDirectory } from "../upstream/people-directory.ts";
import type { SchoolsDirectory } from "../upstream/schools-directory.ts";

/** Per-request context of the applications subgraph. */
export interface ApplicationsContext {
  prisma: ApplicationsPrisma;
  schools: SchoolsDirectory;
  people: PeopleDirectory;
  calendar: ProductionCalendar;
  clock: Clock;
  consents: ConsentDirectory;
  egov: EgovGatewayClient;
  actor: Actor | null;
  language: Language;
}

/** Most cases one list query returns. */
const MAX_LIST_SIZE = 200;


/** States in which the school still owes the applicant a duplicate or a refusal. */
const OPEN_STATUSES = APPLICATION_STATUSES.filter((status) => !isClosed(status));

const isoDay = (value: Date) => value.toISOString().slice(0, 10);
const today = (context: ApplicationsContext) => toAlmaty(context.clock.now()).date;

async function findById(id: string, context: ApplicationsContext): Promise<Application> {
  const application = await context.prisma.application.findUnique({ where: { id } });
  if (!application) throw new ServiceError(ErrorCode.NOT_FOUND, applicationMessages.applicationNotFound, { values: { id }, field: "id" });
  return application;
}

/** Resolvers of the applications subgraph. */
export const applicationsResolvers = {
  Query: {
    application: (_parent: unknown, args: { id: string }, context: ApplicationsContext) => findById(args.id, context),
    applicationByNumber: async (_parent: unknown, args: { number: string }, context: ApplicationsContext) => {
      const number = args.number.trim().toUpperCase();
      const application = await context.prisma.application.findUnique({ where: { number } });
      if (!application) throw new ServiceError(ErrorCode.NOT_FOUND, applicationMessages.applicationNumberNotFound, { values: { number }, field: "number" });
      return application;
    },
    applications: (_parent: unknown, args: { applicantIin: string }, context: ApplicationsContext) =>
      context.prisma.application.findMany({ where: { applicantIin: requireValidIin(args.applicantIin, "applicantIin") }, orderBy: { submittedAt: "desc" } }),
    applicationsAtSchool: (_parent: unknown, args: { schoolBin: string }, context: ApplicationsContext) =>
      context.prisma.application.findMany({
        where: { schoolBin: requireValidBin(args.schoolBin, "schoolBin") },
        orderBy: { submittedAt: "desc" },
        take: MAX_LIST_SIZE,
      }),
    caseStatusForContactCentre: async (_parent: unknown, args: { number: string; applicantIin: string }, context: ApplicationsContext) => {
      const actor = requireActor(context.actor);
      if (actor.role !== "CONTACT_CENTRE") {
        throw new ServiceError(ErrorCode.FORBIDDEN, applicationMessages.roleNotAllowed, { values: { role: actor.role, action: "caseStatusForContactCentre", roles: "CONTACT_CENTRE" } });
      }
      const applicantIin = requireValidIin(args.applicantIin, "applicantIin");
      const application = await context.prisma.application.findUnique({ where: { number: args.number.trim().toUpperCase() } });
      // The same error for a wrong number and a wrong IIN, so the number alone reveals nothing.
      if (!application || application.applicantIin !== applicantIin) {
        throw new ServiceError(ErrorCode.NOT_FOUND, applicationMessages.applicationNumberNotFound, { values: { number: args.number }, field: "number" });
      }
      return application;
    },
    portalApplicationText: (_parent: unknown, args: { input: SubmitApplicationInput }) => portalApplicationText(args.input),
    overdueApplications: (_parent: unknown, args: { schoolBin?: string | null; pickupOfficeId?: string | null }, context: ApplicationsContext) => {
      if (!args.schoolBin && !args.pickupOfficeId) throw new ServiceError(ErrorCode.BAD_USER_INPUT, applicationMessages.overdueFilterMissing, { field: "schoolBin" });
      return context.prisma.application.findMany({
        where: {
          ...(args.schoolBin ? { schoolBin: requireValidBin(args.schoolBin, "schoolBin") } : {}),
          ...(args.pickupOfficeId ? { pickupOfficeId: args.pickupOfficeId } : {}),
          status: { in: OPEN_STATUSES },
          dueDate: { lt: new Date(`${today(context)}T00:00:00Z`) },
        },
        orderBy: [{ dueDate: "asc" }, { number: "asc" }],
        take: MAX_LIST_SIZE,
      });
    },
  },
  Mutation: {
    submitApplication: (_parent: unknown, args: { input: SubmitApplicationInput }, context: ApplicationsContext) => submitApplication(args.input, context),
    changeApplicationStatus: (_parent: unknown, args: { input: ChangeStatusInput }, context: ApplicationsContext) => changeStatus(context, args.input, context.actor),
    issueDuplicate: (_parent: unknown, args: { input: IssueDuplicateInput }, context: ApplicationsContext) => issueDuplicate(context, args.input, context.actor),
    takeApplication: (_parent: unknown, args: { input: TakeApplicationInput }, context: ApplicationsContext) => takeApplication(context, args.input, context.actor),
    requestHomeVisit: (_parent: unknown, args: { input: HomeVisitRequest }, context: ApplicationsContext) => requestHomeVisit(context, args.input, context.actor),
    recordHomeVisit: (_parent: unknown, args: { input: { id: string; expectedVersion: number } }, context: ApplicationsContext) => recordHomeVisit(context, args.input, context.actor),
  },
  Application: {
    __resolveReference: (reference: { id: string }, context: ApplicationsContext) => findById(reference.id, context),
    applicant: (application: Application) => ({ iin: application.applicantIin }),
    filer: (application: Application) => ({ iin: application.filerIin }),
    school: (application: Application) => ({ bin: application.schoolBin }),
    pickupOffice: (application: Application) => (application.pickupOfficeId ? { id: application.pickupOfficeId } : null),
    submittedAt: (application: Application) => application.submittedAt.toISOString(),
    intakeDate: (application: Application) => isoDay(application.intakeDate),
    dueDate: (application: Application) => isoDay(application.dueDate),
    workingDaysLeft: (application: Application, _args: unknown, context: ApplicationsContext) =>
      context.calendar.workingDaysBetween(today(context), isoDay(application.dueDate)),
    overdue: (application: Application, _args: unknown, context: ApplicationsContext) =>
      !isClosed(application.status as ApplicationStatus) && today(context) > isoDay(application.dueDate),
    feeTenge: () => 0,
    refusalReceipt: async (application: Application, _args: unknown, context: ApplicationsContext) => {
      const receipt = await context.prisma.refusalReceipt.findUnique({ where: { applicationId: application.id } });
      return receipt ? toReceiptFacts(receipt, application) : null;
    },
    homeVisit: (application: Application, _args: unknown, context: ApplicationsContext) => context.prisma.homeVisit.findUnique({ where: { applicationId: application.id } }),
    readyAt: (application: Application) => application.readyAt?.toISOString() ?? null,
    handOver: (application: Application, _args: unknown, context: ApplicationsContext) => context.prisma.handOver.findUnique({ where: { applicationId: application.id } }),
    history: (application: Application, _args: unknown, context: ApplicationsContext) =>
      context.prisma.applicationEvent.findMany({ where: { applicationId: application.id }, orderBy: { version: "asc" } }),
  },
  RefusalReceipt: {
    issuedAt: (receipt: ReceiptFacts) => receipt.issuedAt.toISOString(),
    items: (receipt: ReceiptFacts, _args: unknown, context: ApplicationsContext) =>
      receipt.items.map((item) => ({ item: item.item, problem: item.problem, description: describeItem(item, context.language) })),
    text: (receipt: ReceiptFacts, _args: unknown, context: ApplicationsContext) => renderReceiptLines(receipt, context.language).join("\n"),
    printPath: (receipt: ReceiptFacts) => `/receipts/${receipt.number}`,
  },
  HomeVisit: {
    requestedAt: (visit: HomeVisit) => visit.requestedAt.toISOString(),
    visitedAt: (visit: HomeVisit) => visit.visitedAt?.toISOString() ?? null,
  },
  HandOver: {
    at: (handOver: HandOver) => handOver.at.toISOString(),
    powerOfAttorneyDate: (handOver: HandOver) => (handOver.powerOfAttorneyDate ? isoDay(handOver.powerOfAttorneyDate) : null),
  },
  ApplicationEvent: {
    at: (event: ApplicationEvent) => event.at.toISOString(),
  },
};
