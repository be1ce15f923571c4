import type { Clock } from "../../../lib/clock.ts";
import type { ApplicationsPrisma } from "../data/database.ts";

/** Actor that the history names for changes the sweep makes. */
export const SWEEP_ACTOR = { role: "SYSTEM", id: "storage-sweep" } as const;

/** Returns the same instant one calendar month earlier, with the day clamped to the shorter month (31 March → 28 or 29 February). */
export function oneMonthBefore(instant: Date): Date {
  const result = new Date(instant);
  const day = result.getUTCDate();
  result.setUTCDate(1);
  result.setUTCMonth(result.getUTCMonth() - 1);
  const lastDay = new Date(Date.UTC(result.getUTCFullYear(), result.getUTCMonth() + 1, 0)).getUTCDate();
  result.setUTCDate(Math.min(day, lastDay));
  return result;
}

/**
 * Moves duplicates kept ready at a State Corporation office for over one
 * calendar month to RETURNED_TO_SCHOOL, each with a history entry. Each case
 * changes only if its version is still the one read, so running the sweep
 * twice, or from two processes at once, moves each case once. Returns how
 * many cases this run moved.
 */
export async function sweepStoredDuplicates(deps: { prisma: ApplicationsPrisma; clock: Clock }): Promise<number> {
  const now = deps.clock.now();
  const candidates = await deps.prisma.application.findMany({
    where: { status: "READY", channel: { not: "SCHOOL_OFFICE" }, readyAt: { lt: oneMonthBefore(now) } },
    select: { id: true, version: true },
  });

  let moved = 0;
  for (const candidate of candidates) {
    const changed = await deps.prisma.$transaction(async (tx) => {
      const updated = await tx.application.updateMany({
        where: { id: candidate.id, version: candidate.version, status: "READY" },
        data: { status: "RETURNED_TO_SCHOOL", version: { increment: 1 } },
      });
      if (updated.count === 0) return false;
      await tx.applicationEvent.create({
        data: {
          applicationId: candidate.id,
          version: candidate.version + 1,
          fromStatus: "READY",
          toStatus: "RETURNED_TO_SCHOOL",
          at: now,
          actorRole: SWEEP_ACTOR.role,
          actorId: SWEEP_ACTOR.id,
          comment: "kept at the State Corporation for over 1 month; handed back to the school",
        },
      });
      return true;
    });
    if (changed) moved++;
  }
  return moved;
}
