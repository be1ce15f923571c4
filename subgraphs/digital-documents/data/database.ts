import path from "node:path";
import type { Logger } from "pino";
import { openSubgraphDatabase, type OpenDatabase } from "../../../lib/db/open-database.ts";
import { PrismaClient } from "./generated/client.ts";

export type DigitalDocumentsPrisma = PrismaClient;

/** Opens and migrates the digital documents subgraph's database. */
export function openDigitalDocumentsDatabase(logger: Logger, env?: NodeJS.ProcessEnv): Promise<OpenDatabase<PrismaClient>> {
  return openSubgraphDatabase({ name: "digital-documents", prismaFolder: path.join(import.meta.dirname, "..", "prisma"), Client: PrismaClient, logger, env });
}
