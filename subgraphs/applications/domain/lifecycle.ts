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
  "RECALLED",
] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

/** Actions an employee (or, for REQUEST_AGAIN, a citizen) takes on a case through `changeApplicationStatus`. */
export type ApplicationAction = "ACCEPT" | "START_WORK" | "MARK_READY" | "REFUSE" | "REQUEST_AGAIN";

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
  MARK_READY: { from: ["IN_PROGRESS", "RECALLED"], to: "READY", roles: ["SCHOOL_CLERK", "STATE_CORPORATION_OPERATOR"] },
  REFUSE: { from: ["ACCEPTED", "IN_PROGRESS"], to: "REFUSED", roles: ["SCHOOL_CLERK"] },
  // After the month of storage the duplicate is at the school again; the school sends it back within 1 working day.
  REQUEST_AGAIN: { from: ["RETURNED_TO_SCHOOL"], to: "RECALLED", roles: ["CITIZEN", "STATE_CORPORATION_OPERATOR", "CONTACT_CENTRE"] },
};

/** True for states in which the service is over for the applicant, so a case can no longer be overdue. */
export function isClosed(status: ApplicationStatus): boolean {
  switch (status) {
    case "SUBMITTED":
    case "ACCEPTED":
    case "IN_PROGRESS":
    case "RECALLED":
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
