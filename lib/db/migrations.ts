import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";

/** The minimal SQL access the migration runner needs. */
export interface SqlSession {
  exec(sql: string): Promise<void>;
  query<Row>(sql: string, params?: unknown[]): Promise<Row[]>;
}

/** A migration folder written by `prisma migrate diff`, in apply order. */
interface Migration {
  name: string;
  sql: string;
  checksum: string;
}

async function readMigrations(migrationsDir: string): Promise<Migration[]> {
  const entries = await readdir(migrationsDir, { withFileTypes: true });
  const names = entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();

  return Promise.all(
    names.map(async (name) => {
      const sql = await readFile(path.join(migrationsDir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    }),
  );
}

/**
 * Applies the committed migrations in `migrationsDir` that the database has
 * not seen yet, each in its own transaction, and records them in
 * `_applied_migrations`. Fails when an applied migration's file has changed
 * since, because the schema would no longer match the code.
 * Returns the names of the migrations applied now.
 */
export async function applyMigrations(session: SqlSession, migrationsDir: string): Promise<string[]> {
  await session.exec(
    `CREATE TABLE IF NOT EXISTS _applied_migrations (name TEXT PRIMARY KEY, checksum TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())`,
  );
  const applied = new Map(
    (await session.query<{ name: string; checksum: string }>(`SELECT name, checksum FROM _applied_migrations`)).map((row) => [row.name, row.checksum]),
  );

  const appliedNow: string[] = [];
  for (const migration of await readMigrations(migrationsDir)) {
    const previous = applied.get(migration.name);
    if (previous !== undefined) {
      if (previous !== migration.checksum) {
        throw new Error(`migration ${migration.name} was changed after it was applied; add a new migration instead of editing it`);
      }
      continue;
    }

    await session.exec("BEGIN");
    try {
      await session.exec(migration.sql);
      await session.query(`INSERT INTO _applied_migrations (name, checksum) VALUES ($1, $2)`, [migration.name, migration.checksum]);
      await session.exec("COMMIT");
    } catch (error) {
      await session.exec("ROLLBACK");
      throw new Error(`migration ${migration.name} failed`, { cause: error });
    }
    appliedNow.push(migration.name);
  }
  return appliedNow;
}
