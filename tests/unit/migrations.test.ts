import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { describe, expect, it } from "vitest";
import { applyMigrations, type SqlSession } from "../../lib/db/migrations.ts";

function session(database: PGlite): SqlSession {
  return {
    exec: async (sql) => void (await database.exec(sql)),
    query: async <Row>(sql: string, params?: unknown[]) => (await database.query<Row>(sql, params)).rows,
  };
}

function migrationsFolder(files: Record<string, string>): string {
  const folder = mkdtempSync(path.join(tmpdir(), "migrations-"));
  for (const [name, sql] of Object.entries(files)) {
    mkdirSync(path.join(folder, name));
    writeFileSync(path.join(folder, name, "migration.sql"), sql);
  }
  return folder;
}

describe("migration runner", () => {
  it("applies migrations in name order, once", async () => {
    const database = new PGlite();
    const folder = migrationsFolder({ "2_add_column": `ALTER TABLE t ADD COLUMN b INT;`, "1_create": `CREATE TABLE t (a INT);` });
    expect(await applyMigrations(session(database), folder)).toEqual(["1_create", "2_add_column"]);
    expect(await applyMigrations(session(database), folder)).toEqual([]);
    await database.close();
  });

  it("rolls back a failing migration and applies nothing of it", async () => {
    const database = new PGlite();
    const folder = migrationsFolder({ "1_create": `CREATE TABLE t (a INT);`, "2_broken": `CREATE TABLE u (a INT); SELECT missing_function();` });
    await expect(applyMigrations(session(database), folder)).rejects.toThrow(/migration 2_broken failed/);
    const tables = await database.query<{ name: string }>(`SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1`);
    expect(tables.rows.map((row) => row.name)).toEqual(["_applied_migrations", "t"]);
    await database.close();
  });

  it("refuses to start when an applied migration was edited", async () => {
    const database = new PGlite();
    const folder = migrationsFolder({ "1_create": `CREATE TABLE t (a INT);` });
    await applyMigrations(session(database), folder);
    writeFileSync(path.join(folder, "1_create", "migration.sql"), `CREATE TABLE t (a BIGINT);`);
    await expect(applyMigrations(session(database), folder)).rejects.toThrow(/was changed after it was applied/);
    await database.close();
  });
});
