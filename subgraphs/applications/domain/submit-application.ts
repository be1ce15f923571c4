import { isIsoDate, toAlmaty, yearOf } from "../../../lib/calendar/local-date.ts";
import type { ProductionCalendar } from "../../../lib/calendar/production-calendar.ts";
import type { Clock } from "../../../lib/clock.ts";
import { ErrorCode } from "../../../lib/errors/codes.ts";
import { ServiceError } from "../../../lib/errors/service-error.ts";
import { fillLocalized } from "../../../lib/i18n/language.ts";
import { requireValidBin, requireValidIin } from "../../../lib/identifiers/validate-input.ts";
import type { ApplicationsPrisma } from "../data/database.ts";
import type { Application } from "../data/generated/client.ts";
import type { PeopleDirectory } from "../upstream/people-directory.ts";
import type { SchoolsDirectory } from "../upstream/schools-directory.ts";
import type { Actor } from "../../../lib/http/actor.ts";
import { assertMaySubmit } from "./case-access.ts";
import { checkPeople } from "./people-checks.ts";
import { checkPortalSignature, codeAlreadyUsed, type PortalSignature } from "./portal-signature.ts";
import type { ConsentDirectory } from "../upstream/consent-directory.ts";
import type { EgovGatewayClient } from "../../../lib/state-systems/egov-gateway-client.ts";
import { dueDateFor, intakeDateFor } from "./due-date.ts";
import { applicationMessages, documentKindNames } from "./messages.ts";

/** The arguments of `submitApplication`, after GraphQL has checked the enums. */
export interface SubmitApplicationInput {
  channel: "SCHOOL_OFFICE" | "STATE_CORPORATION" | "PORTAL";
  applicantIin: string;
  filerIin: string;
  documentKind: "BASIC_SECONDARY_CERTIFICATE" | "GENERAL_SECONDARY_CERTIFICATE";
  reason: "LOST" | "DAMAGED";
  nameChanged: boolean;
  schoolBin: string;
  pickupOfficeId?: string | null;
  graduationYear: number;
  /** A key the client chooses per application, so that a retried submission returns the same case. */
  idempotencyKey?: string | null;
  /** The signature of a portal application. */
  portalSignature?: PortalSignature | null;
  /** An adult's representative's notarized power of attorney to file for them. */
  filerPowerOfAttorney?: { number: string; issuedOn: string; notary: string } | null;
}

/** The school level that issues each certificate. */
const LEVEL_OF_DOCUMENT = { BASIC_SECONDARY_CERTIFICATE: "BASIC_SECONDARY", GENERAL_SECONDARY_CERTIFICATE: "GENERAL_SECONDARY" } as const;

/** Earliest graduation year accepted when the school's founding year is unknown. */
const EARLIEST_GRADUATION_YEAR = 1930;

/** Services and data that submitting a case uses. */
export interface SubmitDependencies {
  prisma: ApplicationsPrisma;
  schools: SchoolsDirectory;
  people: PeopleDirectory;
  consents: ConsentDirectory;
  egov: EgovGatewayClient;
  calendar: ProductionCalendar;
  clock: Clock;
  /** The caller, recorded in the case's history; null when the request named none. */
  actor: Actor | null;
}

const badInput = (text: (typeof applicationMessages)[keyof typeof applicationMessages], field: string, values: Record<string, string | number> = {}) =>
  new ServiceError(ErrorCode.BAD_USER_INPUT, text, { field, values });

/** Checks the pickup office against the channel: required for State Corporation and portal, absent for the school. */
async function checkPickupOffice(input: SubmitApplicationInput, schools: SchoolsDirectory): Promise<string | null> {
  const officeId = input.pickupOfficeId?.trim() || null;
  if (input.channel === "SCHOOL_OFFICE") {
    if (officeId) throw badInput(applicationMessages.officeNotAllowed, "input.pickupOfficeId");
    return null;
  }
  if (!officeId) throw badInput(applicationMessages.officeRequired, "input.pickupOfficeId", { channel: input.channel });
  if (!(await schools.officeExists(officeId))) throw badInput(applicationMessages.officeNotFound, "input.pickupOfficeId", { id: officeId });
  return officeId;
}

/**
 * Validates a new case (identifiers, school and level, graduation year, the
 * applicant and filer on record, the pickup office) and stores it with its
 * number and due date. Every check runs before the write, so bad input
 * stores nothing.
 */
export async function submitApplication(input: SubmitApplicationInput, deps: SubmitDependencies, options: { forHomeVisit?: boolean } = {}): Promise<Application> {
  const idempotencyKey = input.idempotencyKey?.trim() || null;
  if (idempotencyKey) {
    const earlier = await findByIdempotencyKey(deps, idempotencyKey, input);
    if (earlier) return earlier;
  }

  // requestHomeVisit has checked that the contact centre is calling.
  if (!options.forHomeVisit) assertMaySubmit(deps.actor, input);
  const applicantIin = requireValidIin(input.applicantIin, "input.applicantIin");
  const filerIin = requireValidIin(input.filerIin, "input.filerIin");
  const schoolBin = requireValidBin(input.schoolBin, "input.schoolBin");

  const school = await deps.schools.findSchool(schoolBin);
  if (!school) throw badInput(applicationMessages.schoolNotFound, "input.schoolBin", { bin: schoolBin });

  if (!school.levels.includes(LEVEL_OF_DOCUMENT[input.documentKind])) {
    const text = fillLocalized(applicationMessages.levelNotTaught, "level", documentKindNames[input.documentKind]);
    throw badInput(text, "input.documentKind", { bin: schoolBin });
  }

  const submittedAt = deps.clock.now();
  const currentYear = yearOf(toAlmaty(submittedAt).date);
  const earliest = Math.max(EARLIEST_GRADUATION_YEAR, school.foundedYear);
  if (!Number.isInteger(input.graduationYear) || input.graduationYear < earliest || input.graduationYear > currentYear) {
    throw badInput(applicationMessages.graduationYearOutOfRange, "input.graduationYear", { year: input.graduationYear, from: earliest, to: currentYear });
  }

  const filerPowerOfAttorney = checkFilerPowerOfAttorney(input, toAlmaty(submittedAt).date);
  await checkPeople(deps.people, input, toAlmaty(submittedAt).date);
  const pickupOfficeId = await checkPickupOffice(input, deps.schools);
  const signatureConsentId = await checkPortalSignature(input, deps);
  const intakeDate = intakeDateFor(input.channel, submittedAt, deps.calendar);
  const dueDate = dueDateFor(intakeDate, deps.calendar);

  try {
    return await insertCase(
      deps,
      { ...input, applicantIin, filerIin, schoolBin, pickupOfficeId, idempotencyKey, filerPowerOfAttorney, signatureConsentId },
      submittedAt,
      currentYear,
      intakeDate,
      dueDate,
    );
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    // Two submissions with one key raced: the unique index let one in, so return that one.
    const earlier = idempotencyKey ? await findByIdempotencyKey(deps, idempotencyKey, input) : null;
    if (earlier) return earlier;
    // Otherwise two applications raced for one signing code.
    if (signatureConsentId) throw codeAlreadyUsed("—");
    throw error;
  }
}

/** Checks an adult's representative's power of attorney when one is given; returns it trimmed, or null. */
function checkFilerPowerOfAttorney(input: SubmitApplicationInput, today: string): { number: string; issuedOn: string; notary: string } | null {
  const power = input.filerPowerOfAttorney;
  if (!power) return null;
  if (input.filerIin === input.applicantIin) throw badInput(applicationMessages.powerOfAttorneyNotNeeded, "input.filerPowerOfAttorney");
  if (!isIsoDate(power.issuedOn) || power.issuedOn > today) throw badInput(applicationMessages.powerOfAttorneyDate, "input.filerPowerOfAttorney.issuedOn", { date: power.issuedOn });
  const number = power.number.trim();
  const notary = power.notary.trim();
  if (number.length < 1 || number.length > 50) throw badInput(applicationMessages.powerOfAttorneyNumber, "input.filerPowerOfAttorney.number");
  if (notary.length < 3 || notary.length > 200) throw badInput(applicationMessages.powerOfAttorneyNotary, "input.filerPowerOfAttorney.notary");
  return { number, issuedOn: power.issuedOn, notary };
}

/** Returns the case stored under an idempotency key, or fails when the key was used for a different application. */
async function findByIdempotencyKey(deps: SubmitDependencies, key: string, input: SubmitApplicationInput): Promise<Application | null> {
  const earlier = await deps.prisma.application.findUnique({ where: { idempotencyKey: key } });
  if (!earlier) return null;
  const same = earlier.applicantIin === input.applicantIin && earlier.documentKind === input.documentKind && earlier.schoolBin === input.schoolBin;
  if (!same) throw badInput(applicationMessages.idempotencyKeyReused, "input.idempotencyKey", { number: earlier.number });
  return earlier;
}

/**
 * True for a unique-index violation: Prisma's P2002 through adapter-pg, or
 * PostgreSQL's SQLSTATE 23505 passed through as is by pglite-prisma-adapter 0.6.
 */
function isUniqueViolation(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  if ((error as { code?: unknown }).code === "P2002" || (error as { code?: unknown }).code === "23505") return true;
  return error instanceof Error && /duplicate key value violates unique constraint/.test(error.message);
}

/** Writes the case, its number and the first entry of its history in one transaction. */
function insertCase(
  deps: SubmitDependencies,
  input: SubmitApplicationInput & { pickupOfficeId: string | null; idempotencyKey: string | null; signatureConsentId: string | null },
  submittedAt: Date,
  currentYear: number,
  intakeDate: string,
  dueDate: string,
): Promise<Application> {
  return deps.prisma.$transaction(async (tx) => {
    const [counter] = await tx.$queryRaw<{ lastValue: number }[]>`
      INSERT INTO "CaseNumberCounter" ("year", "lastValue") VALUES (${currentYear}, 1)
      ON CONFLICT ("year") DO UPDATE SET "lastValue" = "CaseNumberCounter"."lastValue" + 1
      RETURNING "lastValue"`;
    const number = `DUP-${currentYear}-${String(counter?.lastValue).padStart(6, "0")}`;

    const application = await tx.application.create({
      data: {
        number,
        channel: input.channel,
        status: "SUBMITTED",
        applicantIin: input.applicantIin,
        filerIin: input.filerIin,
        documentKind: input.documentKind,
        reason: input.reason,
        nameChanged: input.nameChanged,
        schoolBin: input.schoolBin,
        pickupOfficeId: input.pickupOfficeId,
        graduationYear: input.graduationYear,
        submittedAt,
        intakeDate: new Date(`${intakeDate}T00:00:00Z`),
        dueDate: new Date(`${dueDate}T00:00:00Z`),
        idempotencyKey: input.idempotencyKey,
        signatureConsentId: input.signatureConsentId,
        ...(input.filerPowerOfAttorney ? { filerPowerOfAttorney: input.filerPowerOfAttorney } : {}),
      },
    });
    await tx.applicationEvent.create({
      data: { applicationId: application.id, version: 1, fromStatus: null, toStatus: "SUBMITTED", at: submittedAt, actorRole: deps.actor?.role ?? "UNIDENTIFIED", actorId: deps.actor?.id ?? "" },
    });
    return application;
  });
}
