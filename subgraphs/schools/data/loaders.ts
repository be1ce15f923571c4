import DataLoader from "dataloader";
import type { SchoolsPrisma } from "./database.ts";
import type { School, ServiceCenter } from "./generated/client.ts";

/** Per-request loaders, so a list of cases reads its schools and offices in one query each. */
export interface SchoolLoaders {
  schools: DataLoader<string, School | null>;
  offices: DataLoader<string, ServiceCenter | null>;
}

/** Receives each database lookup the loaders make, for metrics and tests. */
export type LookupListener = (table: "schools" | "offices", keys: number) => void;

/** Creates fresh loaders for one request. */
export function createSchoolLoaders(prisma: SchoolsPrisma, onLookup?: LookupListener): SchoolLoaders {
  return {
    schools: new DataLoader(async (bins) => {
      onLookup?.("schools", bins.length);
      const rows = await prisma.school.findMany({ where: { bin: { in: [...bins] } } });
      const byBin = new Map(rows.map((row) => [row.bin, row]));
      return bins.map((bin) => byBin.get(bin) ?? null);
    }),
    offices: new DataLoader(async (ids) => {
      onLookup?.("offices", ids.length);
      const rows = await prisma.serviceCenter.findMany({ where: { id: { in: [...ids] } } });
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
  };
}
