import path from "node:path";
import type { Logger } from "pino";
import { openSubgraphDatabase, type OpenDatabase } from "../../../lib/db/open-database.ts";
import { PrismaClient } from "./generated/client.ts";

export type SchoolsPrisma = PrismaClient;

/** Opens and migrates the schools subgraph's database. */
export function openSchoolsDatabase(logger: Logger, env?: NodeJS.ProcessEnv): Promise<OpenDatabase<PrismaClient>> {
  return openSubgraphDatabase({ name: "schools", prismaFolder: path.join(import.meta.dirname, "..", "prisma"), Client: PrismaClient, logger, env });
}
