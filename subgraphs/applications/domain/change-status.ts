import { toAlmaty } from "../../../lib/calendar/local-date.ts";
import type { ProductionCalendar } from "../../../lib/calendar/production-calendar.ts";
import type { Clock } from "../../../lib/clock.ts";
import { ErrorCode } from "../../../lib/errors/codes.ts";
import { ServiceError } from "../../../lib/errors/service-error.ts";
import type { Actor } from "../../../lib/http/actor.ts";
import type { ApplicationsPrisma } from "../data/database.ts";
import type { Application } from "../data/generated/client.ts";
import { assertOwnCase } from "./case-access.ts";
import { caseNotFound, invalidTransition, requireActor, versionConflict } from "./case-errors.ts";
import { ACTION_RULES, nextStatus, type ApplicationAction, type ApplicationStatus } from "./lifecycle.ts";
import { applicationMessages } from "./messages.ts";

/** The arguments of `changeApplicationStatus`. */
export interface ChangeStatusInput {
  id: string;
  action: ApplicationAction;
  /** The version the caller read; a newer one means someone else changed the case first. */
  expectedVersion: number;
  comment?: string | null;
}

/** Working days the school has to send a duplicate back after a request that follows the month of storage. */
export const RECALL_WORKING_DAYS = 1;

/**
 * Moves a case to the state an action leads to, when the caller's role may
 * do it, the current state allows it and no one changed the case since the
 * caller read `expectedVersion`. The status, the version and the history
 * entry are written in one transaction, so a loser of a race writes nothing.
 */
export async function changeStatus(
  deps: { prisma: ApplicationsPrisma; clock: Clock; calendar: ProductionCalendar },
  input: ChangeStatusInput,
  caller: Actor | null,
): Promise<Application> {
  const actor = requireActor(caller);
  const rule = ACTION_RULES[input.action];
  if (!rule.roles.includes(actor.role)) {
    throw new ServiceError(ErrorCode.FORBIDDEN, applicationMessages.roleNotAllowed, { values: { role: actor.role, action: input.action, roles: rule.roles.join(", ") } });
  }

  const comment = input.comment?.trim() || null;
  if (input.action === "REFUSE" && (!comment || comment.length < 5)) {
    throw new ServiceError(ErrorCode.BAD_USER_INPUT, applicationMessages.refusalNeedsReasons, { field: "input.comment" });
  }

  return deps.prisma.$transaction(async (tx) => {
    const current = await tx.application.findUnique({ where: { id: input.id } });
    if (!current) throw caseNotFound(input.id);
    assertOwnCase(actor, current);
    if (current.version !== input.expectedVersion) throw versionConflict(current);
    if (input.action === "ACCEPT" && current.channel !== "PORTAL") {
      throw new ServiceError(ErrorCode.BAD_USER_INPUT, applicationMessages.paperNeedsChecklist, { field: "input.action" });
    }

    const to = nextStatus(input.action, current.status as ApplicationStatus);
    if (!to) throw invalidTransition(current.status, rule.to, "input.action");


    const now = deps.clock.now();
    const recallDue = to === "RECALLED" ? new Date(`${deps.calendar.addWorkingDays(toAlmaty(now).date, RECALL_WORKING_DAYS)}T00:00:00Z`) : undefined;
    const updated = await tx.application.updateMany({
      where: { id: current.id, version: current.version },
      data: { status: to, version: { increment: 1 }, ...(to === "READY" ? { readyAt: now } : {}), ...(recallDue ? { dueDate: recallDue } : {}) },
    });
    if (updated.count === 0) {
      throw versionConflict(await tx.application.findUniqueOrThrow({ where: { id: current.id } }));
    }
    await tx.applicationEvent.create({
      data: { applicationId: current.id, version: current.version + 1, fromStatus: current.status, toStatus: to, at: deps.clock.now(), actorRole: actor.role, actorId: actor.id, comment },
    });
    return tx.application.findUniqueOrThrow({ where: { id: current.id } });
  });
}
