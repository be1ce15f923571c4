import path from "node:path";
import type { Logger } from "pino";
import { openSubgraphDatabase, type OpenDatabase } from "../../../lib/db/open-database.ts";
import { PrismaClient } from "./generated/client.ts";

export type IdentityPrisma = PrismaClient;

/** Opens and migrates the identity subgraph's database, which keeps its access log. */
export function openIdentityDatabase(logger: Logger, env?: NodeJS.ProcessEnv): Promise<OpenDatabase<PrismaClient>> {
  return openSubgraphDatabase({ name: "identity", prismaFolder: path.join(import.meta.dirname, "..", "prisma"), Client: PrismaClient, logger, env });
}
