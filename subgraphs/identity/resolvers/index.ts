import type DataLoader from "dataloader";
import { ageOn, toAlmaty } from "../../../lib/calendar/local-date.ts";
import type { Clock } from "../../../lib/clock.ts";
import { ErrorCode } from "../../../lib/errors/codes.ts";
import { ServiceError, withField } from "../../../lib/errors/service-error.ts";
import type { Actor } from "../../../lib/http/actor.ts";
import { commonMessages } from "../../../lib/i18n/common-messages.ts";
import { requireValidIin } from "../../../lib/identifiers/validate-input.ts";
import type { PersonRecord } from "../../../lib/state-systems/egov-gateway-client.ts";
import type { IdentityPrisma } from "../data/database.ts";
import type { AccessLogEntry } from "../data/generated/client.ts";
import { identityMessages } from "../domain/messages.ts";

/** Per-request context of the identity subgraph. */
export interface IdentityContext {
  persons: DataLoader<string, PersonRecord>;
  prisma: IdentityPrisma;
  clock: Clock;
  actor: Actor | null;
}

/** Most access log entries returned at once. */
const MAX_LOG_ENTRIES = 500;

/** Employees who check documents at intake and hand-over, the person, and a representative on record may read document numbers. */
function mayReadDocuments(person: PersonRecord, actor: Actor | null): boolean {
  if (!actor) return false;
  if (actor.role === "SCHOOL_CLERK" || actor.role === "STATE_CORPORATION_OPERATOR") return true;
  return actor.role === "CITIZEN" && (actor.id === person.iin || person.representatives.some((representative) => representative.iin === actor.id));
}

/** Returns the caller's own log reference, or fails unless the caller is that citizen. */
function ownLog(ownerIin: string | null, context: IdentityContext): { ownerIin: string } {
  const actor = context.actor;
  if (!actor) throw new ServiceError(ErrorCode.UNAUTHENTICATED, commonMessages.actorRequired);
  if (actor.role !== "CITIZEN" || (ownerIin !== null && actor.id !== ownerIin)) {
    throw new ServiceError(ErrorCode.FORBIDDEN, identityMessages.accessLogOwnerOnly);
  }
  return { ownerIin: actor.id };
}

type PersonDocument = PersonRecord["documents"][number];
const today = (context: IdentityContext) => toAlmaty(context.clock.now()).date;

/** Resolvers of the identity subgraph: `Person` by IIN, batched per request. */
export const identityResolvers = {
  Query: {
    person: (_parent: unknown, args: { iin: string }, context: IdentityContext) =>
      withField(context.persons.load(requireValidIin(args.iin, "iin")), ErrorCode.NOT_FOUND, "iin"),
    myDataAccessLog: (_parent: unknown, _args: unknown, context: IdentityContext) => ownLog(null, context),
  },
  DataAccessLog: {
    __resolveReference: (reference: { ownerIin: string }, context: IdentityContext) => ownLog(reference.ownerIin, context),
    identityLookups: (log: { ownerIin: string }, _args: unknown, context: IdentityContext) =>
      context.prisma.accessLogEntry.findMany({ where: { ownerIin: log.ownerIin }, orderBy: { at: "desc" }, take: MAX_LOG_ENTRIES }),
  },
  DataAccessEntry: {
    at: (entry: AccessLogEntry) => entry.at.toISOString(),
  },
  Person: {
    __resolveReference: (reference: { iin: string }, context: IdentityContext) => context.persons.load(reference.iin),
    isMinor: (person: PersonRecord, _args: unknown, context: IdentityContext) => ageOn(person.birthDate, today(context)) < 18,
    identityDocuments: (person: PersonRecord, _args: unknown, context: IdentityContext) => {
      if (!mayReadDocuments(person, context.actor)) throw new ServiceError(ErrorCode.FORBIDDEN, identityMessages.documentsForbidden);
      return person.documents;
    },
  },
  IdentityDocument: {
    isExpired: (document: PersonDocument, _args: unknown, context: IdentityContext) =>
      document.expiresOn !== null && document.expiresOn < today(context),
  },
  Representative: {
    person: (representative: { iin: string }, _args: unknown, context: IdentityContext) => context.persons.load(representative.iin),
  },
};
