import path from "node:path";
import type { Logger } from "pino";
import { resolveConnectionSettings } from "../../../lib/db/connection-settings.ts";
import { openDatabase, type OpenDatabase } from "../../../lib/db/open-database.ts";
import { PrismaClient } from "./generated/client.ts";

export type SchoolsPrisma = PrismaClient;
type ClientAdapter = NonNullable<ConstructorParameters<typeof PrismaClient>[0]>["adapter"];

/** Opens and migrates the schools subgraph's database. */
export function openSchoolsDatabase(logger: Logger, env: NodeJS.ProcessEnv = process.env): Promise<OpenDatabase<PrismaClient>> {
  return openDatabase({
    settings: resolveConnectionSettings("schools", env),
    migrationsDir: path.join(import.meta.dirname, "..", "prisma", "migrations"),
    createClient: (adapter) => new PrismaClient({ adapter: adapter as unknown as ClientAdapter }),
    logger,
  });
}
