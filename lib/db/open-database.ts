import { mkdir } from "node:fs/promises";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import type { Logger } from "pino";
import { resolveConnectionSettings, type ConnectionSettings } from "./connection-settings.ts";
import { applyMigrations, type SqlSession } from "./migrations.ts";

/**
 * The driver adapter handed to a generated Prisma client. The adapters are
 * typed against other releases of @prisma/driver-adapter-utils than the
 * client (pglite-prisma-adapter 0.6 against 6.10, adapter-pg against 7.x), so
 * {@link openSubgraphDatabase} casts it to the client's adapter type; the
 * runtime interface is the same.
 */
export type PrismaAdapter = PrismaPGlite | PrismaPg;

/** A subgraph's database, migrated and ready. */
export interface OpenDatabase<TClient> {
  prisma: TClient;
  settings: ConnectionSettings;
  close(): Promise<void>;
}

/** Options of {@link openDatabase}. */
export interface OpenDatabaseOptions<TClient extends { $disconnect(): Promise<void> }> {
  settings: ConnectionSettings;
  /** Folder of committed migrations, one sub-folder each with `migration.sql`. */
  migrationsDir: string;
  /** Wraps the adapter in the subgraph's generated Prisma client. */
  createClient: (adapter: PrismaAdapter) => TClient;
  logger: Logger;
}

function quoteIdentifier(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

async function openPGlite<TClient extends { $disconnect(): Promise<void> }>(
  options: OpenDatabaseOptions<TClient>,
  dataDir: string,
): Promise<OpenDatabase<TClient>> {
  if (dataDir !== "memory://") await mkdir(dataDir, { recursive: true });
  const database = new PGlite(dataDir);

  const session: SqlSession = {
    exec: async (sql) => void (await database.exec(sql)),
    query: async <Row>(sql: string, params?: unknown[]) => (await database.query<Row>(sql, params)).rows,
  };
  const applied = await applyMigrations(session, options.migrationsDir);
  options.logger.info({ dataDir, applied }, "embedded database ready");

  const prisma = options.createClient(new PrismaPGlite(database));
  return {
    prisma,
    settings: options.settings,
    async close() {
      await prisma.$disconnect();
      await database.close();
    },
  };
}

async function openPostgres<TClient extends { $disconnect(): Promise<void> }>(
  options: OpenDatabaseOptions<TClient>,
  connectionString: string,
  schema: string,
): Promise<OpenDatabase<TClient>> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    // One migrator at a time per schema, so several processes may start together.
    await client.query("SELECT pg_advisory_lock(hashtext($1))", [schema]);
    await client.query(`CREATE SCHEMA IF NOT EXISTS ${quoteIdentifier(schema)}`);
    await client.query(`SET search_path TO ${quoteIdentifier(schema)}`);
    const session: SqlSession = {
      exec: async (sql) => void (await client.query(sql)),
      query: async <Row>(sql: string, params?: unknown[]) => (await client.query(sql, params)).rows as Row[],
    };
    const applied = await applyMigrations(session, options.migrationsDir);
    options.logger.info({ schema, applied }, "PostgreSQL schema ready");
  } finally {
    await client.end();
  }

  const prisma = options.createClient(new PrismaPg({ connectionString, options: `-c search_path=${schema}` }, { schema }));
  return { prisma, settings: options.settings, close: () => prisma.$disconnect() };
}

/**
 * Opens a subgraph's database (embedded PGlite or PostgreSQL), applies the
 * committed migrations that are still missing, and returns a Prisma client
 * bound to it.
 */
export function openDatabase<TClient extends { $disconnect(): Promise<void> }>(
  options: OpenDatabaseOptions<TClient>,
): Promise<OpenDatabase<TClient>> {
  const { settings } = options;
  switch (settings.kind) {
    case "pglite":
      return openPGlite(options, settings.dataDir);
    case "postgresql":
      return openPostgres(options, settings.connectionString, settings.schema);
  }
}

/** A generated Prisma client class; its adapter type differs per release, see {@link PrismaAdapter}. */
export type PrismaClientClass<TClient> = new (options: { adapter: never }) => TClient;

/**
 * Opens a subgraph's database as configured by the environment (see
 * resolveConnectionSettings) with the migrations in `<prismaFolder>/migrations`.
 */
export function openSubgraphDatabase<TClient extends { $disconnect(): Promise<void> }>(options: {
  name: string;
  prismaFolder: string;
  Client: PrismaClientClass<TClient>;
  logger: Logger;
  env?: NodeJS.ProcessEnv;
}): Promise<OpenDatabase<TClient>> {
  return openDatabase({
    settings: resolveConnectionSettings(options.name, options.env ?? process.env),
    migrationsDir: path.join(options.prismaFolder, "migrations"),
    createClient: (adapter) => new options.Client({ adapter: adapter as never }),
    logger: options.logger,
  });
}
