import type { Clock } from "../../../lib/clock.ts";
import { ErrorCode } from "../../../lib/errors/codes.ts";
import { ServiceError } from "../../../lib/errors/service-error.ts";
import type { Actor } from "../../../lib/http/actor.ts";
import type { Application } from "../data/generated/client.ts";
import { assertOwnCase } from "./case-access.ts";
import { caseNotFound, requireActor, versionConflict } from "./case-errors.ts";
import { applicationMessages } from "./messages.ts";
import { submitApplication, type SubmitApplicationInput, type SubmitDependencies } from "./submit-application.ts";

/** The arguments of `requestHomeVisit`. */
export interface HomeVisitRequest {
  application: SubmitApplicationInput;
  visitAddress: string;
  reason: string;
}

const forbidden = (role: string, action: string, roles: string) => new ServiceError(ErrorCode.FORBIDDEN, applicationMessages.roleNotAllowed, { values: { role, action, roles } });

function requireText(value: string, field: string): string {
  const text = value.trim();
  if (text.length < 5 || text.length > 300) throw new ServiceError(ErrorCode.BAD_USER_INPUT, applicationMessages.homeVisitText, { field });
  return text;
}

/**
 * Creates a State Corporation case for an applicant who cannot come (rule 10
 * of the service standard), with the address and the reason of the visit, as
 * the contact centre takes the request.
 *
 * NOTE: the case and its visit are written one after the other, not in one
 * transaction. The visit's fields are checked first, so only a database
 * failure between the two writes leaves a case without its visit.
 */
export async function requestHomeVisit(deps: SubmitDependencies, request: HomeVisitRequest, caller: Actor | null): Promise<Application> {
  const actor = requireActor(caller);
  if (actor.role !== "CONTACT_CENTRE") throw forbidden(actor.role, "requestHomeVisit", "CONTACT_CENTRE");
  if (request.application.channel !== "STATE_CORPORATION") {
    throw new ServiceError(ErrorCode.BAD_USER_INPUT, applicationMessages.homeVisitChannel, { field: "input.application.channel" });
  }
  const address = requireText(request.visitAddress, "input.visitAddress");
  const reason = requireText(request.reason, "input.reason");

  const application = await submitApplication(request.application, deps, { forHomeVisit: true });
  await deps.prisma.homeVisit.upsert({
    where: { applicationId: application.id },
    create: { applicationId: application.id, address, reason, requestedByRole: actor.role, requestedById: actor.id, requestedAt: deps.clock.now() },
    update: {},
  });
  return application;
}

/** Records that a State Corporation operator visited the applicant; the package is then taken with takeApplication. */
export async function recordHomeVisit(
  deps: { prisma: SubmitDependencies["prisma"]; clock: Clock },
  input: { id: string; expectedVersion: number },
  caller: Actor | null,
): Promise<Application> {
  const actor = requireActor(caller);
  if (actor.role !== "STATE_CORPORATION_OPERATOR") throw forbidden(actor.role, "recordHomeVisit", "STATE_CORPORATION_OPERATOR");

  return deps.prisma.$transaction(async (tx) => {
    const application = await tx.application.findUnique({ where: { id: input.id }, include: { homeVisit: true } });
    if (!application) throw caseNotFound(input.id);
    assertOwnCase(actor, application);
    if (!application.homeVisit || application.homeVisit.visitedAt) {
      throw new ServiceError(ErrorCode.BAD_USER_INPUT, applicationMessages.noVisitPending, { field: "input.id" });
    }
    const updated = await tx.application.updateMany({ where: { id: application.id, version: input.expectedVersion }, data: { version: { increment: 1 } } });
    if (updated.count === 0) throw versionConflict(application);

    const now = deps.clock.now();
    await tx.homeVisit.update({ where: { applicationId: application.id }, data: { visitedAt: now, visitedById: actor.id } });
    await tx.applicationEvent.create({
      data: { applicationId: application.id, version: input.expectedVersion + 1, fromStatus: application.status, toStatus: application.status, at: now, actorRole: actor.role, actorId: actor.id, comment: "home visit made" },
    });
    return tx.application.findUniqueOrThrow({ where: { id: application.id } });
  });
}
