import { ErrorCode } from "../../../lib/errors/codes.ts";
import { ServiceError } from "../../../lib/errors/service-error.ts";
import type { Actor } from "../../../lib/http/actor.ts";
import { commonMessages } from "../../../lib/i18n/common-messages.ts";
import type { Application } from "../data/generated/client.ts";
import { applicationMessages } from "./messages.ts";

/** Returns the caller, or fails with UNAUTHENTICATED when the request named none. */
export function requireActor(actor: Actor | null): Actor {
  if (actor) return actor;
  throw new ServiceError(ErrorCode.UNAUTHENTICATED, commonMessages.actorRequired);
}

/** Fails with NOT_FOUND for a case id that does not exist. */
export function caseNotFound(id: string, field = "input.id"): ServiceError {
  return new ServiceError(ErrorCode.NOT_FOUND, applicationMessages.applicationNotFound, { values: { id }, field });
}

/** CONFLICT: someone changed the case since the caller read it; names the current status and version. */
export function versionConflict(current: Pick<Application, "status" | "version">): ServiceError {
  return new ServiceError(ErrorCode.CONFLICT, applicationMessages.versionConflict, {
    field: "input.expectedVersion",
    values: { current: current.status, version: current.version },
    details: { currentStatus: current.status, currentVersion: current.version },
  });
}

/** INVALID_TRANSITION: the current status does not allow the requested one; names both. */
export function invalidTransition(current: string, requested: string, field: string): ServiceError {
  return new ServiceError(ErrorCode.INVALID_TRANSITION, applicationMessages.invalidTransition, {
    field,
    values: { current, requested },
    details: { currentStatus: current, requestedStatus: requested },
  });
}
