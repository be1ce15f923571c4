import type DataLoader from "dataloader";
import { ageOn, toAlmaty } from "../../../lib/calendar/local-date.ts";
import type { Clock } from "../../../lib/clock.ts";
import { requireValidIin } from "../../../lib/identifiers/validate-input.ts";
import type { PersonRecord } from "../../../lib/state-systems/egov-gateway-client.ts";

/** Per-request context of the identity subgraph. */
export interface IdentityContext {
  persons: DataLoader<string, PersonRecord>;
  clock: Clock;
}

type PersonDocument = PersonRecord["documents"][number];
const today = (context: IdentityContext) => toAlmaty(context.clock.now()).date;

/** Resolvers of the identity subgraph: `Person` by IIN, batched per request. */
export const identityResolvers = {
  Query: {
    person: (_parent: unknown, args: { iin: string }, context: IdentityContext) => context.persons.load(requireValidIin(args.iin, "iin")),
  },
  Person: {
    __resolveReference: (reference: { iin: string }, context: IdentityContext) => context.persons.load(reference.iin),
    isMinor: (person: PersonRecord, _args: unknown, context: IdentityContext) => ageOn(person.birthDate, today(context)) < 18,
    identityDocuments: (person: PersonRecord) => person.documents,
  },
  IdentityDocument: {
    isExpired: (document: PersonDocument, _args: unknown, context: IdentityContext) =>
      document.expiresOn !== null && document.expiresOn < today(context),
  },
  Representative: {
    person: (representative: { iin: string }, _args: unknown, context: IdentityContext) => context.persons.load(representative.iin),
  },
};
