import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixedClock } from "../../lib/clock.ts";
import { createLogger } from "../../lib/logging/logger.ts";
import { HEADLINE_QUERY } from "../../scripts/example-queries.ts";
import { openApplicationsDatabase } from "../../subgraphs/applications/data/database.ts";
import { sweepStoredDuplicates } from "../../subgraphs/applications/domain/storage-sweep.ts";
import { caseInput, submitCase, submitterHeaders, takeCase } from "../support/cases.ts";
import { actorHeaders, postGraphQL } from "../support/graphql-client.ts";
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
      "applications.ApplicationEvent",
      "applications.CaseNumberCounter",
      "applications.HandOver",
      "applications.HomeVisit",
      "applications.ReceiptNumberCounter",
      "applications.RefusalReceipt",
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

  it("lets one of two racing employees change a case", async () => {
    const { id } = await submitCase(system.gatewayUrl);
    await takeCase(system.gatewayUrl, id);
    const clerk = actorHeaders("SCHOOL_CLERK", "clerk-1", "990540059091");
    const change = () => postGraphQL(system.gatewayUrl, `mutation { changeApplicationStatus(input: { id: "${id}", action: START_WORK, expectedVersion: 2 }) { status } }`, {}, "en", clerk);
    const outcomes = (await Promise.all([change(), change(), change()])).map((answer) => answer.errors?.[0]?.extensions?.code ?? answer.data?.changeApplicationStatus.status).sort();
    expect(outcomes).toEqual(["CONFLICT", "CONFLICT", "IN_PROGRESS"]);

    const state = await postGraphQL(system.gatewayUrl, `query($id: ID!) { application(id: $id) { version history { toStatus } } }`, { id });
    expect(state.data?.application.version).toBe(3);
    expect(state.data?.application.history).toHaveLength(3);
  });

  it("returns the same case for one idempotency key sent at once", async () => {
    const input = caseInput({ idempotencyKey: "pg-retry-1" });
    const submit = () => postGraphQL(system.gatewayUrl, `mutation($input: SubmitApplicationInput!) { submitApplication(input: $input) { id } }`, { input }, "en", submitterHeaders(input));
    const answers = await Promise.all([submit(), submit(), submit()]);
    for (const answer of answers) expect(answer.errors).toBeUndefined();
    expect(new Set(answers.map((answer) => answer.data?.submitApplication.id)).size).toBe(1);
  });

  it("moves a stored duplicate once when two processes sweep at once", async () => {
    const { id } = await submitCase(system.gatewayUrl);
    await takeCase(system.gatewayUrl, id);
    const clerk = actorHeaders("SCHOOL_CLERK", "clerk-1", "990540059091");
    for (const [action, version] of [["START_WORK", 2], ["MARK_READY", 3]] as const) {
      await postGraphQL(system.gatewayUrl, `mutation { changeApplicationStatus(input: { id: "${id}", action: ${action}, expectedVersion: ${version} }) { status } }`, {}, "en", clerk);
    }

    // Two connections of their own, as two processes would have.
    const first = await openApplicationsDatabase(createLogger("sweep-1"), system.env);
    const second = await openApplicationsDatabase(createLogger("sweep-2"), system.env);
    try {
      const later = fixedClock("2027-01-10T06:00:00Z");
      const moved = await Promise.all([sweepStoredDuplicates({ prisma: first.prisma, clock: later }), sweepStoredDuplicates({ prisma: second.prisma, clock: later })]);
      expect(moved.reduce((sum, count) => sum + count, 0)).toBeGreaterThanOrEqual(1);
      const events = await first.prisma.applicationEvent.findMany({ where: { applicationId: id, toStatus: "RETURNED_TO_SCHOOL" } });
      expect(events).toHaveLength(1);
    } finally {
      await first.close();
      await second.close();
    }
  });

  it("applies no migration twice when a subgraph starts again", async () => {
    const database = await openApplicationsDatabase(createLogger("test"), system.env);
    try {
      expect(await database.prisma.application.count()).toBeGreaterThanOrEqual(10);
    } finally {
      await database.close();
    }
  });
});
