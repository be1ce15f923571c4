import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixedClock } from "../../lib/clock.ts";
import { caseInput, completePackage, submitCase, takeCase } from "../support/cases.ts";
import { actorHeaders, postGraphQL } from "../support/graphql-client.ts";
import { startSystem, type RunningSystem } from "../support/system.ts";

// Every role, and for employees the wrong place too, against every mutation on a case.
const ROLES: Record<string, Record<string, string>> = {
  "citizen applicant": actorHeaders("CITIZEN", "950211441583"),
  "other citizen": actorHeaders("CITIZEN", "930507379351"),
  "clerk of the school": actorHeaders("SCHOOL_CLERK", "clerk-1", "990540059091"),
  "clerk of another school": actorHeaders("SCHOOL_CLERK", "clerk-2", "990740012786"),
  "operator of the office": actorHeaders("STATE_CORPORATION_OPERATOR", "operator-1", "almaty-bostandyk"),
  "operator of another office": actorHeaders("STATE_CORPORATION_OPERATOR", "operator-2", "astana-yesil"),
  "contact centre": actorHeaders("CONTACT_CENTRE", "cc-1"),
  "no caller": {},
};

const SUBMIT = `mutation($input: SubmitApplicationInput!) { submitApplication(input: $input) { id } }`;
const TAKE = `mutation($input: TakeApplicationInput!) { takeApplication(input: $input) { status } }`;
const CHANGE = `mutation($input: ChangeApplicationStatusInput!) { changeApplicationStatus(input: $input) { status } }`;

let system: RunningSystem;
beforeAll(async () => {
  system = await startSystem({ clock: fixedClock("2026-12-04T06:00:00Z") });
});
afterAll(async () => {
  await system?.stop();
});

const outcome = (answer: { errors?: { extensions?: Record<string, unknown> }[] }) => (answer.errors?.[0]?.extensions?.code as string | undefined) ?? "OK";

describe("who may act on a State Corporation case", () => {
  it.each([
    ["citizen applicant", "FORBIDDEN"],
    ["other citizen", "FORBIDDEN"],
    ["clerk of the school", "FORBIDDEN"],
    ["clerk of another school", "FORBIDDEN"],
    ["operator of the office", "OK"],
    ["operator of another office", "FORBIDDEN"],
    ["contact centre", "FORBIDDEN"],
    ["no caller", "UNAUTHENTICATED"],
  ])("submitApplication by %s: %s", async (role, expected) => {
    expect(outcome(await postGraphQL(system.gatewayUrl, SUBMIT, { input: caseInput() }, "en", ROLES[role]))).toBe(expected);
  });

  it.each([
    ["citizen applicant", "FORBIDDEN"],
    ["clerk of the school", "FORBIDDEN"],
    ["operator of the office", "OK"],
    ["operator of another office", "FORBIDDEN"],
    ["contact centre", "FORBIDDEN"],
    ["no caller", "UNAUTHENTICATED"],
  ])("takeApplication by %s: %s", async (role, expected) => {
    const { id } = await submitCase(system.gatewayUrl);
    expect(outcome(await postGraphQL(system.gatewayUrl, TAKE, { input: completePackage(id) }, "en", ROLES[role]))).toBe(expected);
  });

  it.each([
    ["citizen applicant", "FORBIDDEN"],
    ["clerk of the school", "OK"],
    ["clerk of another school", "FORBIDDEN"],
    ["operator of the office", "FORBIDDEN"],
    ["contact centre", "FORBIDDEN"],
    ["no caller", "UNAUTHENTICATED"],
  ])("START_WORK by %s: %s", async (role, expected) => {
    const { id } = await submitCase(system.gatewayUrl);
    await takeCase(system.gatewayUrl, id);
    expect(outcome(await postGraphQL(system.gatewayUrl, CHANGE, { input: { id, action: "START_WORK", expectedVersion: 2 } }, "en", ROLES[role]))).toBe(expected);
  });

  it.each([
    ["citizen applicant", "FORBIDDEN"],
    ["clerk of the school", "OK"],
    ["clerk of another school", "FORBIDDEN"],
    ["operator of the office", "FORBIDDEN"],
    ["contact centre", "FORBIDDEN"],
  ])("REFUSE by %s: %s", async (role, expected) => {
    const { id } = await submitCase(system.gatewayUrl);
    await takeCase(system.gatewayUrl, id);
    const answer = await postGraphQL(system.gatewayUrl, CHANGE, { input: { id, action: "REFUSE", expectedVersion: 2, comment: "not in the school's records" } }, "en", ROLES[role]);
    expect(outcome(answer)).toBe(expected);
  });

  it.each([
    ["citizen applicant", "FORBIDDEN"],
    ["clerk of the school", "OK"],
    ["operator of the office", "OK"],
    ["operator of another office", "FORBIDDEN"],
    ["contact centre", "FORBIDDEN"],
  ])("MARK_READY by %s: %s", async (role, expected) => {
    const { id } = await submitCase(system.gatewayUrl);
    await takeCase(system.gatewayUrl, id);
    await postGraphQL(system.gatewayUrl, CHANGE, { input: { id, action: "START_WORK", expectedVersion: 2 } }, "en", ROLES["clerk of the school"]);
    expect(outcome(await postGraphQL(system.gatewayUrl, CHANGE, { input: { id, action: "MARK_READY", expectedVersion: 3 } }, "en", ROLES[role]))).toBe(expected);
  });
});

describe("who may hand over and recall", () => {
  const ISSUE = `mutation($input: IssueDuplicateInput!) { issueDuplicate(input: $input) { status } }`;
  const power = { representativeIin: "930507379351", number: "77-1", issuedOn: "2026-11-30", notary: "Сейткали А. Б." };

  async function readyCase() {
    const { id } = await submitCase(system.gatewayUrl);
    await takeCase(system.gatewayUrl, id);
    const clerk = ROLES["clerk of the school"];
    await postGraphQL(system.gatewayUrl, CHANGE, { input: { id, action: "START_WORK", expectedVersion: 2 } }, "en", clerk);
    await postGraphQL(system.gatewayUrl, CHANGE, { input: { id, action: "MARK_READY", expectedVersion: 3 } }, "en", clerk);
    return id;
  }

  it.each([
    ["citizen applicant", "FORBIDDEN"],
    ["clerk of the school", "FORBIDDEN"],
    ["operator of the office", "OK"],
    ["operator of another office", "FORBIDDEN"],
    ["contact centre", "FORBIDDEN"],
    ["no caller", "UNAUTHENTICATED"],
  ])("issueDuplicate by %s: %s", async (role, expected) => {
    const id = await readyCase();
    expect(outcome(await postGraphQL(system.gatewayUrl, ISSUE, { input: { id, expectedVersion: 4, powerOfAttorney: power } }, "en", ROLES[role]))).toBe(expected);
  });

  it.each([
    ["citizen applicant", "OK"],
    ["other citizen", "FORBIDDEN"],
    ["clerk of the school", "FORBIDDEN"],
    ["operator of the office", "OK"],
    ["operator of another office", "FORBIDDEN"],
    ["contact centre", "OK"],
  ])("REQUEST_AGAIN by %s: %s", async (role, expected) => {
    const id = await readyCase();
    expect(await system.subgraphs.applications.sweepStorage()).toBeGreaterThanOrEqual(0);
    // The case is READY now; only a returned case may be requested again, so every allowed role meets INVALID_TRANSITION.
    const answer = await postGraphQL(system.gatewayUrl, CHANGE, { input: { id, action: "REQUEST_AGAIN", expectedVersion: 4 } }, "en", ROLES[role]);
    expect(outcome(answer)).toBe(expected === "OK" ? "INVALID_TRANSITION" : expected);
  });

  it.each([
    ["operator of the office", "OK"],
    ["operator of another office", "FORBIDDEN"],
    ["clerk of the school", "FORBIDDEN"],
    ["contact centre", "FORBIDDEN"],
  ])("recordHomeVisit by %s: %s", async (role, expected) => {
    const requested = await postGraphQL(
      system.gatewayUrl,
      `mutation($input: HomeVisitInput!) { requestHomeVisit(input: $input) { id } }`,
      { input: { application: caseInput(), visitAddress: "Алматы, ул. Жандосова, 51", reason: "cannot walk" } },
      "en",
      ROLES["contact centre"],
    );
    const id = requested.data?.requestHomeVisit.id as string;
    const answer = await postGraphQL(system.gatewayUrl, `mutation($input: RecordHomeVisitInput!) { recordHomeVisit(input: $input) { version } }`, { input: { id, expectedVersion: 1 } }, "en", ROLES[role]);
    expect(outcome(answer)).toBe(expected);
  });
});

describe("who may submit at a school's office", () => {
  it("lets only that school's clerk submit", async () => {
    const input = caseInput({ channel: "SCHOOL_OFFICE", pickupOfficeId: null });
    expect(outcome(await postGraphQL(system.gatewayUrl, SUBMIT, { input }, "en", ROLES["clerk of another school"]))).toBe("FORBIDDEN");
    expect(outcome(await postGraphQL(system.gatewayUrl, SUBMIT, { input }, "en", ROLES["clerk of the school"]))).toBe("OK");
  });

  it("rejects a malformed organisation header", async () => {
    const answer = await postGraphQL(system.gatewayUrl, SUBMIT, { input: caseInput() }, "en", actorHeaders("SCHOOL_CLERK", "clerk-1", "not-a-bin"));
    expect(outcome(answer)).toBe("BAD_REQUEST");
  });
});

describe("contact centre", () => {
  const QUERY = `query($number: String!, $iin: ID!) { caseStatusForContactCentre(number: $number, applicantIin: $iin) { number status dueDate } }`;

  it("reads a case's status by number and the applicant's IIN", async () => {
    const { number } = await submitCase(system.gatewayUrl);
    const answer = await postGraphQL(system.gatewayUrl, QUERY, { number, iin: "950211441583" }, "en", ROLES["contact centre"]);
    expect(answer.data?.caseStatusForContactCentre).toEqual({ number, status: "SUBMITTED", dueDate: "2026-12-28" });
  });

  it("finds nothing when the IIN is not the applicant's", async () => {
    const { number } = await submitCase(system.gatewayUrl);
    const answer = await postGraphQL(system.gatewayUrl, QUERY, { number, iin: "930507379351" }, "en", ROLES["contact centre"]);
    expect(outcome(answer)).toBe("NOT_FOUND");
  });

  it("is for the contact centre only", async () => {
    const { number } = await submitCase(system.gatewayUrl);
    const answer = await postGraphQL(system.gatewayUrl, QUERY, { number, iin: "950211441583" }, "en", ROLES["operator of the office"]);
    expect(outcome(answer)).toBe("FORBIDDEN");
  });
});
