import { isIsoDate, toAlmaty } from "../../../lib/calendar/local-date.ts";
import type { Clock } from "../../../lib/clock.ts";
import { ErrorCode } from "../../../lib/errors/codes.ts";
import { ServiceError } from "../../../lib/errors/service-error.ts";
import type { Actor } from "../../../lib/http/actor.ts";
import { requireValidIin } from "../../../lib/identifiers/validate-input.ts";
import type { ApplicationsPrisma } from "../data/database.ts";
import type { Application } from "../data/generated/client.ts";
import type { PeopleDirectory } from "../upstream/people-directory.ts";
import { assertOwnCase } from "./case-access.ts";
import { caseNotFound, invalidTransition, requireActor, versionConflict } from "./case-errors.ts";
import { applicationMessages } from "./messages.ts";

/** The arguments of `issueDuplicate`: exactly one of the applicant's document or a power of attorney. */
export interface IssueDuplicateInput {
  id: string;
  expectedVersion: number;
  applicantDocument?: { kind: string; number: string } | null;
  powerOfAttorney?: { representativeIin: string; number: string; issuedOn: string; notary: string } | null;
}

type Check =
  | { recipient: "APPLICANT"; documentKind: string; documentNumberTail: string }
  | { recipient: "REPRESENTATIVE"; representativeIin: string; powerOfAttorneyNumber: string; powerOfAttorneyDate: Date; notary: string };

const bad = (text: (typeof applicationMessages)[keyof typeof applicationMessages], field: string, values: Record<string, string | number> = {}) =>
  new ServiceError(ErrorCode.BAD_USER_INPUT, text, { field, values });
const normalise = (number: string) => number.replace(/[\s-]/g, "").toUpperCase();

/** Checks the presented identity document against the applicant's documents on record. */
async function checkApplicantDocument(people: PeopleDirectory, application: Application, presented: { kind: string; number: string }, today: string): Promise<Check> {
  const documents = await people.findIdentityDocuments(application.applicantIin);
  const match = documents?.find((document) => document.kind === presented.kind && normalise(document.number) === normalise(presented.number));
  if (!match) throw bad(applicationMessages.documentNotOnRecord, "input.applicantDocument");
  if (match.expiresOn !== null && match.expiresOn < today) throw bad(applicationMessages.documentExpired, "input.applicantDocument", { date: match.expiresOn });
  return { recipient: "APPLICANT", documentKind: match.kind, documentNumberTail: normalise(match.number).slice(-4) };
}

/** Checks the fields of a notarized power of attorney. */
function checkPowerOfAttorney(power: NonNullable<IssueDuplicateInput["powerOfAttorney"]>, today: string): Check {
  const representativeIin = requireValidIin(power.representativeIin, "input.powerOfAttorney.representativeIin");
  if (!isIsoDate(power.issuedOn) || power.issuedOn > today) throw bad(applicationMessages.powerOfAttorneyDate, "input.powerOfAttorney.issuedOn", { date: power.issuedOn });
  const number = power.number.trim();
  const notary = power.notary.trim();
  if (number.length < 1 || number.length > 50) throw bad(applicationMessages.powerOfAttorneyNumber, "input.powerOfAttorney.number");
  if (notary.length < 3 || notary.length > 200) throw bad(applicationMessages.powerOfAttorneyNotary, "input.powerOfAttorney.notary");
  return { recipient: "REPRESENTATIVE", representativeIin, powerOfAttorneyNumber: number, powerOfAttorneyDate: new Date(`${power.issuedOn}T00:00:00Z`), notary };
}

/**
 * Hands a ready duplicate over (READY → ISSUED) after the employee of the
 * pickup place checked the recipient: the applicant's identity document,
 * matched to the state database, or a representative's notarized power of
 * attorney. The check is stored with the case.
 */
export async function issueDuplicate(
  deps: { prisma: ApplicationsPrisma; people: PeopleDirectory; clock: Clock },
  input: IssueDuplicateInput,
  caller: Actor | null,
): Promise<Application> {
  const actor = requireActor(caller);
  if (Boolean(input.applicantDocument) === Boolean(input.powerOfAttorney)) throw bad(applicationMessages.handOverCheckMissing, "input.applicantDocument");

  const application = await deps.prisma.application.findUnique({ where: { id: input.id } });
  if (!application) throw caseNotFound(input.id);

  // The duplicate is handed out where it waits: the school for the school channel, else the State Corporation office.
  const role = application.channel === "SCHOOL_OFFICE" ? "SCHOOL_CLERK" : "STATE_CORPORATION_OPERATOR";
  if (actor.role !== role) throw new ServiceError(ErrorCode.FORBIDDEN, applicationMessages.roleNotAllowed, { values: { role: actor.role, action: "issueDuplicate", roles: role } });
  assertOwnCase(actor, application);
  if (application.status !== "READY") throw invalidTransition(application.status, "ISSUED", "input.id");

  const today = toAlmaty(deps.clock.now()).date;
  const check = input.applicantDocument
    ? await checkApplicantDocument(deps.people, application, input.applicantDocument, today)
    : checkPowerOfAttorney(input.powerOfAttorney as NonNullable<IssueDuplicateInput["powerOfAttorney"]>, today);

  return deps.prisma.$transaction(async (tx) => {
    const updated = await tx.application.updateMany({ where: { id: application.id, version: input.expectedVersion, status: "READY" }, data: { status: "ISSUED", version: { increment: 1 } } });
    if (updated.count === 0) throw versionConflict(await tx.application.findUniqueOrThrow({ where: { id: application.id } }));
    const at = deps.clock.now();
    await tx.handOver.create({ data: { applicationId: application.id, ...check, checkedByRole: actor.role, checkedById: actor.id, at } });
    const comment = check.recipient === "APPLICANT" ? `${check.documentKind} …${check.documentNumberTail} checked` : `power of attorney ${check.powerOfAttorneyNumber}, notary ${check.notary}`;
    await tx.applicationEvent.create({
      data: { applicationId: application.id, version: input.expectedVersion + 1, fromStatus: "READY", toStatus: "ISSUED", at, actorRole: actor.role, actorId: actor.id, comment },
    });
    return tx.application.findUniqueOrThrow({ where: { id: application.id } });
  });
}
