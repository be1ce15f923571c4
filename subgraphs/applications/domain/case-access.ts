import { ErrorCode } from "../../../lib/errors/codes.ts";
import { ServiceError } from "../../../lib/errors/service-error.ts";
import type { Actor } from "../../../lib/http/actor.ts";
import type { Application } from "../data/generated/client.ts";
import { applicationMessages } from "./messages.ts";

type CaseScope = Pick<Application, "schoolBin" | "pickupOfficeId" | "applicantIin" | "filerIin">;

/**
 * Fails with FORBIDDEN unless the caller's own place or person is the case's:
 * a school clerk the case's school (x-actor-org = its BIN), a State
 * Corporation operator the case's office (x-actor-org = its id), a citizen the
 * applicant or the filer. The contact centre may act on any case it is
 * allowed an action for.
 */
export function assertOwnCase(actor: Actor, scope: CaseScope): void {
  switch (actor.role) {
    case "SCHOOL_CLERK":
      if (actor.org === scope.schoolBin) return;
      throw new ServiceError(ErrorCode.FORBIDDEN, applicationMessages.notYourSchool, { values: { bin: scope.schoolBin } });
    case "STATE_CORPORATION_OPERATOR":
      if (scope.pickupOfficeId !== null && actor.org === scope.pickupOfficeId) return;
      throw new ServiceError(ErrorCode.FORBIDDEN, applicationMessages.notYourOffice, { values: { id: scope.pickupOfficeId ?? "—" } });
    case "CITIZEN":
      if (actor.id === scope.applicantIin || actor.id === scope.filerIin) return;
      throw new ServiceError(ErrorCode.FORBIDDEN, applicationMessages.notYourCase);
    case "CONTACT_CENTRE":
      return;
  }
}

/**
 * Checks who may submit through a channel: the clerk of the named school at
 * its office, the operator of the named office at the State Corporation, and
 * the filer themselves on the portal.
 */
export function assertMaySubmit(actor: Actor | null, input: { channel: string; filerIin: string; schoolBin: string; pickupOfficeId?: string | null }): void {
  if (!actor) throw new ServiceError(ErrorCode.UNAUTHENTICATED, applicationMessages.submitNeedsCaller);
  const expected = { SCHOOL_OFFICE: "SCHOOL_CLERK", STATE_CORPORATION: "STATE_CORPORATION_OPERATOR", PORTAL: "CITIZEN" }[input.channel];
  if (actor.role !== expected) {
    throw new ServiceError(ErrorCode.FORBIDDEN, applicationMessages.roleNotAllowed, { values: { role: actor.role, action: `submitApplication (${input.channel})`, roles: expected ?? "—" } });
  }
  assertOwnCase(actor, { schoolBin: input.schoolBin, pickupOfficeId: input.pickupOfficeId ?? null, applicantIin: input.filerIin, filerIin: input.filerIin });
}
