import path from "node:path";
import type { Logger } from "pino";
import { openSubgraphDatabase, type OpenDatabase } from "../../../lib/db/open-database.ts";
import { PrismaClient } from "./generated/client.ts";

export type ApplicationsPrisma = PrismaClient;

/** Opens and migrates the applications subgraph's database. */
export function openApplicationsDatabase(logger: Logger, env?: NodeJS.ProcessEnv): Promise<OpenDatabase<PrismaClient>> {
  return openSubgraphDatabase({ name: "applications", prismaFolder: path.join(import.meta.dirname, "..", "prisma"), Client: PrismaClient, logger, env });
}
