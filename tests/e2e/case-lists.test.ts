import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { fixedClock } from "../../lib/clock.ts";
import { loadCitizens } from "../../mocks/fixtures/citizens.ts";
import { callCounts, resetMock, setFault, submitCase } from "../support/cases.ts";
import { postGraphQL } from "../support/graphql-client.ts";
import { startSystem, type RunningSystem } from "../support/system.ts";

const BATCH_ROUTE = "POST ^\\/gbdfl\\/persons\\/batch$";
const SCHOOL_BIN = "990540059091";
const LIST = `query List($bin: ID!) {
  applicationsAtSchool(schoolBin: $bin) {
    number status dueDate
    applicant { iin lastName }
    school { name }
    pickupOffice { name }
  }
}`;

// Living adults of the fixtures, reused in turn as applicants of 50 cases.
const adults = loadCitizens().filter((citizen) => citizen.birthDate < "2008-01-01" && !citizen.deceasedOn);
const offices = ["almaty-bostandyk", "almaty-almaly", "astana-yesil"];

let system: RunningSystem;
beforeAll(async () => {
  system = await startSystem({ clock: fixedClock("2026-12-04T06:00:00Z") });
  for (let index = 0; index < 50; index++) {
    const adult = adults[index % adults.length]!;
    const graduationYear = Math.max(1966, Number(adult.birthDate.slice(0, 4)) + 17);
    await submitCase(system.gatewayUrl, { applicantIin: adult.iin, filerIin: adult.iin, pickupOfficeId: offices[index % offices.length], graduationYear });
  }
}, 120_000);
afterEach(async () => {
  await resetMock(system.mocks.egovGateway.url);
});
afterAll(async () => {
  await system?.stop();
});

describe("a list of 50 cases", () => {
  it("list of 50 batches every lookup", async () => {
    await resetMock(system.mocks.egovGateway.url);
    system.schoolLookups.schools = 0;
    system.schoolLookups.offices = 0;

    const answer = await postGraphQL(system.gatewayUrl, LIST, { bin: SCHOOL_BIN }, "ru");
    expect(answer.errors).toBeUndefined();
    const rows = answer.data?.applicationsAtSchool as { applicant: { iin: string; lastName: string }; pickupOffice: { name: string } }[];
    expect(rows).toHaveLength(50);
    for (const row of rows) expect(row.applicant.lastName).toBe(adults.find((adult) => adult.iin === row.applicant.iin)?.lastName);

    expect((await callCounts(system.mocks.egovGateway.url))[BATCH_ROUTE]).toBe(1);
    expect(system.schoolLookups).toEqual({ schools: 1, offices: 1 });
  });

  it("keeps every row when the e-government gateway is down", async () => {
    await setFault(system.mocks.egovGateway.url, "unavailable");

    const answer = await postGraphQL(system.gatewayUrl, LIST, { bin: SCHOOL_BIN }, "en");
    const rows = answer.data?.applicationsAtSchool as { number: string; status: string; applicant: unknown; school: { name: string } }[];
    expect(rows).toHaveLength(50);
    for (const row of rows) {
      expect(row.number).toMatch(/^DUP-2026-\d{6}$/);
      expect(row.status).toBe("SUBMITTED");
      expect(row.school.name).toBe("КГУ «Общеобразовательная школа № 35»");
      expect(row.applicant).toBeNull();
    }
    expect(answer.errors).toHaveLength(50);
    expect(answer.errors?.map((error) => error.path?.join("."))).toContain("applicationsAtSchool.49.applicant");
    expect(answer.errors?.every((error) => error.extensions?.code === "UPSTREAM_UNAVAILABLE")).toBe(true);
  });

  it("fails only the rows of an applicant no longer on record", async () => {
    const removed = adults[0]!.iin;
    const response = await fetch(`${system.mocks.egovGateway.url}/_control/hidden-persons`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ iin: removed }),
    });
    expect(response.status).toBe(200);

    const answer = await postGraphQL(system.gatewayUrl, LIST, { bin: SCHOOL_BIN }, "en");
    const rows = answer.data?.applicationsAtSchool as { applicant: { iin: string } | null }[];
    const casesOfRemoved = Math.ceil(50 / adults.length);
    expect(rows).toHaveLength(50);
    expect(rows.filter((row) => row.applicant === null)).toHaveLength(casesOfRemoved);
    expect(rows.filter((row) => row.applicant !== null)).toHaveLength(50 - casesOfRemoved);
    expect(answer.errors).toHaveLength(casesOfRemoved);
    expect(answer.errors?.every((error) => error.extensions?.code === "NOT_FOUND")).toBe(true);
  });
});
