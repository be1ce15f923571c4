import type { ActorRole } from "../../../lib/http/actor.ts";

/** Every state of a case. */
export const APPLICATION_STATUSES = [
  "SUBMITTED",
  "ACCEPTED",
  "IN_PROGRESS",
  "READY",
  "ISSUED",
  "REFUSED",
  "REFUSED_AT_INTAKE",
  "RETURNED_TO_SCHOOL",
] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

/** What an employee can do to a case through `changeApplicationStatus`. */
export type ApplicationAction = "ACCEPT" | "START_WORK" | "MARK_READY" | "REFUSE";

/** One allowed change: from which states, to which state, by which roles. */
interface ActionRule {
  from: readonly ApplicationStatus[];
  to: ApplicationStatus;
  roles: readonly ActorRole[];
}

/**
 * The allowed changes. The school decides on the duplicate (work, ready,
 * reasoned refusal); the school or the State Corporation accepts the package.
 * Issuing, refusal at intake and storage at the State Corporation need
 * their own checks and are not actions here.
 */
export const ACTION_RULES: Record<ApplicationAction, ActionRule> = {
  ACCEPT: { from: ["SUBMITTED"], to: "ACCEPTED", roles: ["SCHOOL_CLERK", "STATE_CORPORATION_OPERATOR"] },
  START_WORK: { from: ["ACCEPTED"], to: "IN_PROGRESS", roles: ["SCHOOL_CLERK"] },
  MARK_READY: { from: ["IN_PROGRESS"], to: "READY", roles: ["SCHOOL_CLERK", "STATE_CORPORATION_OPERATOR"] },
  REFUSE: { from: ["ACCEPTED", "IN_PROGRESS"], to: "REFUSED", roles: ["SCHOOL_CLERK"] },
};

/** True for states in which the service is over for the applicant, so a case can no longer be overdue. */
export function isClosed(status: ApplicationStatus): boolean {
  switch (status) {
    case "SUBMITTED":
    case "ACCEPTED":
    case "IN_PROGRESS":
      return false;
    case "READY":
    case "ISSUED":
    case "REFUSED":
    case "REFUSED_AT_INTAKE":
    case "RETURNED_TO_SCHOOL":
      return true;
  }
}

/** Returns the state an action leads to from the current one, or null when the action is not allowed there. */
export function nextStatus(action: ApplicationAction, current: ApplicationStatus): ApplicationStatus | null {
  const rule = ACTION_RULES[action];
  return rule.from.includes(current) ? rule.to : null;
}
