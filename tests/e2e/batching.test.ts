import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { fixedClock } from "../../lib/clock.ts";
import { callCounts, resetMock, submitCase } from "../support/cases.ts";
import { actorHeaders, postGraphQL } from "../support/graphql-client.ts";
import { startSystem, type RunningSystem } from "../support/system.ts";

const BATCH_ROUTE = "POST ^\\/gbdfl\\/persons\\/batch$";
const APPLICANTS = ["950211441583", "930507379351", "870927305764", "790412370291"];

let system: RunningSystem;
let caseIds: string[];

beforeAll(async () => {
  system = await startSystem({ clock: fixedClock("2026-12-04T06:00:00Z") });
  caseIds = [];
  for (const iin of APPLICANTS) caseIds.push((await submitCase(system.gatewayUrl, { applicantIin: iin, filerIin: iin })).id);
});
beforeEach(async () => {
  await resetMock(system.mocks.egovGateway.url);
});
afterAll(async () => {
  await system?.stop();
});

describe("identity lookups within one request", () => {
  it("read every applicant of a list of cases in one upstream call", async () => {
    const answer = await postGraphQL(system.gatewayUrl, `{ applicationsAtSchool(schoolBin: "990540059091") { number applicant { iin lastName } filer { iin } } }`);

    expect(answer.errors).toBeUndefined();
    const cases = answer.data?.applicationsAtSchool as { applicant: { iin: string }; filer: { iin: string } }[];
    expect(cases.map((entry) => entry.applicant.iin).sort()).toEqual([...APPLICANTS].sort());
    expect(cases.every((entry) => entry.filer.iin === entry.applicant.iin)).toBe(true);
    expect((await callCounts(system.mocks.egovGateway.url))[BATCH_ROUTE]).toBe(1);
  });

  it("match each person to its own IIN", async () => {
    const answer = await postGraphQL(system.gatewayUrl, `{
      a: person(iin: "930507379351") { iin lastName }
      b: person(iin: "950211441583") { iin lastName }
      c: person(iin: "930507379351") { iin }
    }`);
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.a).toEqual({ iin: "930507379351", lastName: "Нурпеисов" });
    expect(answer.data?.b).toEqual({ iin: "950211441583", lastName: "Бекова" });
    expect((await callCounts(system.mocks.egovGateway.url))[BATCH_ROUTE]).toBe(1);
  });

  it("fail only the key that is not on record", async () => {
    const answer = await postGraphQL(system.gatewayUrl, `{
      known: person(iin: "930507379351") { iin }
      unknown: person(iin: "950101380450") { iin }
    }`);
    expect(answer.data?.known).toEqual({ iin: "930507379351" });
    expect(answer.errors).toHaveLength(1);
    expect(answer.errors?.[0]?.path).toEqual(["unknown"]);
    expect(answer.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });

  it("share no cache between requests", async () => {
    await postGraphQL(system.gatewayUrl, `{ person(iin: "930507379351") { iin } }`);
    await postGraphQL(system.gatewayUrl, `{ person(iin: "930507379351") { iin } }`);
    expect((await callCounts(system.mocks.egovGateway.url))[BATCH_ROUTE]).toBe(2);
  });

  it("show document numbers only to employees, the person and representatives", async () => {
    const query = `{ person(iin: "081217546385") { iin identityDocuments { number } } }`;
    const anonymous = await postGraphQL(system.gatewayUrl, query, {}, "en");
    expect(anonymous.data?.person).toEqual({ iin: "081217546385", identityDocuments: null });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(anonymous.errors?.[0]?.path).toEqual(["person", "identityDocuments"]);

    const stranger = await postGraphQL(system.gatewayUrl, query, {}, "en", actorHeaders("CITIZEN", "930507379351"));
    expect(stranger.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    for (const headers of [actorHeaders("SCHOOL_CLERK", "clerk-1"), actorHeaders("CITIZEN", "081217546385"), actorHeaders("CITIZEN", "790412370291")]) {
      const allowed = await postGraphQL(system.gatewayUrl, query, {}, "en", headers);
      expect(allowed.errors, JSON.stringify(headers)).toBeUndefined();
      expect(allowed.data?.person.identityDocuments.length).toBeGreaterThan(0);
    }
  });

  it("resolve a minor's representatives through the same batch", async () => {
    const answer = await postGraphQL(system.gatewayUrl, `{
      person(iin: "081217546385") { isMinor representatives { relation iin person { lastName isMinor } } }
    }`);
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.person.isMinor).toBe(true);
    expect(answer.data?.person.representatives).toEqual([
      { relation: "MOTHER", iin: "820903421089", person: { lastName: "Жумабекова", isMinor: false } },
      { relation: "FATHER", iin: "790412370291", person: { lastName: "Жумабеков", isMinor: false } },
    ]);
    // One call for the minor, one for both parents together.
    expect((await callCounts(system.mocks.egovGateway.url))[BATCH_ROUTE]).toBe(2);
  });
});
