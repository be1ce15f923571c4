import { isValidIdentifier } from "../identifiers/check-digit.ts";

/** Roles of the people who act on cases and documents. */
export const ACTOR_ROLES = ["CITIZEN", "SCHOOL_CLERK", "STATE_CORPORATION_OPERATOR", "CONTACT_CENTRE"] as const;
export type ActorRole = (typeof ACTOR_ROLES)[number];

/** The caller: a role and an id (a citizen's IIN, or an employee's id). */
export interface Actor {
  role: ActorRole;
  id: string;
  /** The employee's workplace: a school clerk's school BIN or a State Corporation operator's office id, from `x-actor-org`. */
  org?: string;
}

/** The reason the actor headers were rejected. */
export type ActorHeaderProblem = "ROLE" | "ID" | "INCOMPLETE" | "ORG";

const EMPLOYEE_ID = /^[A-Za-z0-9._-]{1,64}$/;
const OFFICE_ID = /^[a-z0-9-]{1,64}$/;

/**
 * Reads the caller from the `x-actor-role`, `x-actor-id` and optional
 * `x-actor-org` headers, which the gateway passes to every subgraph. Returns
 * null when role and id are absent.
 *
 * NOTE: the headers are trusted as sent. Until a signed token carries the
 * caller, anyone who reaches the gateway can claim any role, so the product
 * must not face an untrusted network.
 */
export function actorFromHeaders(role: string | undefined, id: string | undefined, org?: string): Actor | ActorHeaderProblem | null {
  if (!role && !id) return null;
  if (!role || !id) return "INCOMPLETE";
  if (!(ACTOR_ROLES as readonly string[]).includes(role)) return "ROLE";

  const valid = role === "CITIZEN" ? isValidIdentifier(id) : EMPLOYEE_ID.test(id);
  if (!valid) return "ID";
  if (org === undefined || org === "") return { role: role as ActorRole, id };

  // A school clerk's organisation is the school's BIN, and an operator's is the office id; other roles send none.
  let validOrg = false;
  if (role === "SCHOOL_CLERK") validOrg = isValidIdentifier(org);
  if (role === "STATE_CORPORATION_OPERATOR") validOrg = OFFICE_ID.test(org);
  return validOrg ? { role: role as ActorRole, id, org } : "ORG";
}
