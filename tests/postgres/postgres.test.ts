import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixedClock } from "../../lib/clock.ts";
import { createLogger } from "../../lib/logging/logger.ts";
import { HEADLINE_QUERY } from "../../scripts/example-queries.ts";
import { openApplicationsDatabase } from "../../subgraphs/applications/data/database.ts";
import { submitCase } from "../support/cases.ts";
import { postGraphQL } from "../support/graphql-client.ts";
import { runSchemas, startSystem, type RunningSystem } from "../support/system.ts";

const postgresUrl = process.env.TEST_DATABASE_URL as string;
let system: RunningSystem;

beforeAll(async () => {
  system = await startSystem({ clock: fixedClock("2026-12-04T06:00:00Z"), postgresUrl });
});
afterAll(async () => {
  await system?.stop();
  const client = new pg.Client({ connectionString: postgresUrl });
  await client.connect();
  for (const schema of runSchemas(system?.env ?? {})) await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  await client.end();
});

describe("on PostgreSQL", () => {
  it("keeps each subgraph's tables in its own schema", async () => {
    const client = new pg.Client({ connectionString: postgresUrl });
    await client.connect();
    const { rows } = await client.query<{ table_schema: string; table_name: string }>(
      `SELECT table_schema, table_name FROM information_schema.tables WHERE table_schema = ANY($1) ORDER BY 1, 2`,
      [runSchemas(system.env)],
    );
    await client.end();
    const tables = rows.map((row) => `${row.table_schema.replace(/^test_[0-9a-f]+_/, "")}.${row.table_name}`);
    expect(tables).toEqual([
      "applications.Application",
      "applications.CaseNumberCounter",
      "applications._applied_migrations",
      "digital_documents.AccessLogEntry",
      "digital_documents.Consent",
      "digital_documents.OtpDispatch",
      "digital_documents._applied_migrations",
      "identity.AccessLogEntry",
      "identity._applied_migrations",
      "schools.School",
      "schools.ServiceCenter",
      "schools._applied_migrations",
    ]);
  });

  it("answers the headline query", async () => {
    const { id } = await submitCase(system.gatewayUrl);
    const answer = await postGraphQL(system.gatewayUrl, HEADLINE_QUERY, { id }, "ru");
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.application.dueDate).toBe("2026-12-28");
    expect(answer.data?.application.applicant.lastName).toBe("Бекова");
    expect(answer.data?.application.pickupOffice.name).toBe("ЦОН Бостандыкского района г. Алматы");
  });

  it("gives parallel submissions distinct case numbers", async () => {
    const cases = await Promise.all(Array.from({ length: 8 }, () => submitCase(system.gatewayUrl)));
    expect(new Set(cases.map((entry) => entry.number)).size).toBe(8);
  });

  it("applies no migration twice when a subgraph starts again", async () => {
    const database = await openApplicationsDatabase(createLogger("test"), system.env);
    try {
      expect(await database.prisma.application.count()).toBeGreaterThanOrEqual(9);
    } finally {
      await database.close();
    }
  });
});
