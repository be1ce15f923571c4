import type { Clock } from "../../../lib/clock.ts";
import type { Actor } from "../../../lib/http/actor.ts";
import type { IdentityPrisma } from "./database.ts";

/** Role recorded for a lookup made without x-actor headers. */
export const UNIDENTIFIED_ROLE = "UNIDENTIFIED";

/**
 * Records that the caller read these persons' records, one row per person,
 * in one insert.
 *
 * NOTE: the identity subgraph receives only IINs, not the case that led to them,
 * so entries carry no case id yet.
 */
export async function recordPersonLookups(prisma: IdentityPrisma, clock: Clock, actor: Actor | null, iins: readonly string[]): Promise<void> {
  if (iins.length === 0) return;
  const at = clock.now();
  await prisma.accessLogEntry.createMany({
    data: iins.map((ownerIin) => ({
      at,
      ownerIin,
      actorRole: actor?.role ?? UNIDENTIFIED_ROLE,
      actorId: actor?.id ?? "",
      data: "PERSON_RECORD",
      purpose: "identity lookup through the graph",
    })),
  });
}
