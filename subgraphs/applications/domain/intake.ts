import { toAlmaty } from "../../../lib/calendar/local-date.ts";
import type { Clock } from "../../../lib/clock.ts";
import { ErrorCode } from "../../../lib/errors/codes.ts";
import { ServiceError } from "../../../lib/errors/service-error.ts";
import type { Actor } from "../../../lib/http/actor.ts";
import type { ApplicationsPrisma } from "../data/database.ts";
import type { Application } from "../data/generated/client.ts";
import type { ConsentDirectory } from "../upstream/consent-directory.ts";
import { assertOwnCase } from "./case-access.ts";
import { caseNotFound, invalidTransition, requireActor, versionConflict } from "./case-errors.ts";
import { evaluateChecklist, type IntakeDocuments } from "./intake-checklist.ts";
import { applicationMessages } from "./messages.ts";

/** The arguments of `takeApplication`. */
export interface TakeApplicationInput extends IntakeDocuments {
  id: string;
  expectedVersion: number;
}

/** Role that takes a paper package, by channel; portal applications are signed instead. */
const INTAKE_ROLE: Record<string, string | undefined> = { SCHOOL_OFFICE: "SCHOOL_CLERK", STATE_CORPORATION: "STATE_CORPORATION_OPERATOR" };

/**
 * Takes a submitted paper package at the school or the State Corporation:
 * the checklist decides. A complete package makes the case ACCEPTED; an
 * incomplete one, or an expired document, makes it REFUSED_AT_INTAKE with a
 * numbered refusal receipt naming each missing or expired item. Either way
 * the checklist is kept with the case.
 */
export async function takeApplication(
  deps: { prisma: ApplicationsPrisma; consents: ConsentDirectory; clock: Clock },
  input: TakeApplicationInput,
  caller: Actor | null,
): Promise<Application> {
  const actor = requireActor(caller);
  const application = await deps.prisma.application.findUnique({ where: { id: input.id }, include: { homeVisit: true } });
  if (!application) throw caseNotFound(input.id);
  if (application.homeVisit && !application.homeVisit.visitedAt) throw new ServiceError(ErrorCode.BAD_USER_INPUT, applicationMessages.visitFirst, { field: "input.id" });

  if (INTAKE_ROLE[application.channel] !== actor.role) {
    throw new ServiceError(ErrorCode.FORBIDDEN, applicationMessages.intakeNotHere, { values: { channel: application.channel, role: actor.role } });
  }
  assertOwnCase(actor, application);
  if (application.version !== input.expectedVersion) throw versionConflict(application);
  if (application.status !== "SUBMITTED") throw invalidTransition(application.status, "ACCEPTED", "input.id");

  const now = deps.clock.now();
  const faults = await evaluateChecklist(application, input, deps, toAlmaty(now).date);
  const to = faults.length === 0 ? "ACCEPTED" : "REFUSED_AT_INTAKE";
  const checklist = {
    applicationForm: input.applicationForm,
    identityDocument: input.paperIdentityDocument ? { source: "PAPER", kind: input.paperIdentityDocument.kind } : input.digitalDocumentConsentId ? { source: "DIGITAL", consentId: input.digitalDocumentConsentId } : null,
    originalCertificate: input.originalCertificate,
    faults,
  };

  return deps.prisma.$transaction(async (tx) => {
    const updated = await tx.application.updateMany({
      where: { id: application.id, version: application.version, status: "SUBMITTED" },
      data: { status: to, version: { increment: 1 }, intakeChecklist: checklist as object },
    });
    if (updated.count === 0) throw versionConflict(await tx.application.findUniqueOrThrow({ where: { id: application.id } }));

    let comment: string | null = null;
    if (to === "REFUSED_AT_INTAKE") {
      const year = Number(toAlmaty(now).date.slice(0, 4));
      const [counter] = await tx.$queryRaw<{ lastValue: number }[]>`
        INSERT INTO "ReceiptNumberCounter" ("year", "lastValue") VALUES (${year}, 1)
        ON CONFLICT ("year") DO UPDATE SET "lastValue" = "ReceiptNumberCounter"."lastValue" + 1
        RETURNING "lastValue"`;
      const number = `RCPT-${year}-${String(counter?.lastValue).padStart(6, "0")}`;
      const place = application.channel === "SCHOOL_OFFICE" ? { placeKind: "SCHOOL", placeId: application.schoolBin } : { placeKind: "STATE_CORPORATION", placeId: application.pickupOfficeId ?? "" };
      await tx.refusalReceipt.create({
        data: { number, applicationId: application.id, issuedAt: now, ...place, employeeRole: actor.role, employeeId: actor.id, items: faults as unknown as object },
      });
      comment = `refusal receipt ${number}`;
    }
    await tx.applicationEvent.create({
      data: { applicationId: application.id, version: application.version + 1, fromStatus: "SUBMITTED", toStatus: to, at: now, actorRole: actor.role, actorId: actor.id, comment },
    });
    return tx.application.findUniqueOrThrow({ where: { id: application.id } });
  });
}
