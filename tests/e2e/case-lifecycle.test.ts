import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixedClock } from "../../lib/clock.ts";
import { loadCitizens } from "../../mocks/fixtures/citizens.ts";
import { caseInput, submitCase, submitPortalCase, submitterHeaders, takeCase } from "../support/cases.ts";
import { actorHeaders, postGraphQL } from "../support/graphql-client.ts";
import { startSystem, type RunningSystem } from "../support/system.ts";

const CHANGE = `mutation Change($input: ChangeApplicationStatusInput!) {
  changeApplicationStatus(input: $input) { status version history { fromStatus toStatus actorRole actorId comment } }
}`;
const CLERK = actorHeaders("SCHOOL_CLERK", "clerk-1", "990540059091");
const OPERATOR = actorHeaders("STATE_CORPORATION_OPERATOR", "operator-1", "almaty-bostandyk");
const CITIZEN = actorHeaders("CITIZEN", "950211441583");

let system: RunningSystem;
beforeAll(async () => {
  system = await startSystem({ clock: fixedClock("2026-12-04T06:00:00Z") });
});
afterAll(async () => {
  await system?.stop();
});

const change = (id: string, action: string, expectedVersion: number, headers: Record<string, string>, comment?: string, language = "en") =>
  postGraphQL(system.gatewayUrl, CHANGE, { input: { id, action, expectedVersion, comment } }, language, headers);

describe("case lifecycle", () => {
  it("goes from submitted to ready and keeps every step", async () => {
    const { id } = await submitPortalCase(system.gatewayUrl, system.mocks.egovGateway.url);
    expect((await change(id, "ACCEPT", 1, OPERATOR)).data?.changeApplicationStatus.status).toBe("ACCEPTED");
    expect((await change(id, "START_WORK", 2, CLERK)).data?.changeApplicationStatus.status).toBe("IN_PROGRESS");
    const ready = await change(id, "MARK_READY", 3, CLERK, "printed and signed");

    expect(ready.errors).toBeUndefined();
    expect(ready.data?.changeApplicationStatus.version).toBe(4);
    expect(ready.data?.changeApplicationStatus.history).toEqual([
      { fromStatus: null, toStatus: "SUBMITTED", actorRole: "CITIZEN", actorId: "950211441583", comment: null },
      { fromStatus: "SUBMITTED", toStatus: "ACCEPTED", actorRole: "STATE_CORPORATION_OPERATOR", actorId: "operator-1", comment: null },
      { fromStatus: "ACCEPTED", toStatus: "IN_PROGRESS", actorRole: "SCHOOL_CLERK", actorId: "clerk-1", comment: null },
      { fromStatus: "IN_PROGRESS", toStatus: "READY", actorRole: "SCHOOL_CLERK", actorId: "clerk-1", comment: "printed and signed" },
    ]);
  });

  it("names both states of a forbidden change", async () => {
    const { id } = await submitCase(system.gatewayUrl);
    const answer = await change(id, "MARK_READY", 1, CLERK);
    expect(answer.errors?.[0]?.extensions?.code).toBe("INVALID_TRANSITION");
    expect(answer.errors?.[0]?.extensions?.currentStatus).toBe("SUBMITTED");
    expect(answer.errors?.[0]?.extensions?.requestedStatus).toBe("READY");
    expect(answer.errors?.[0]?.message).toBe("The application is SUBMITTED; it cannot change to READY.");
  });

  it("lets only the allowed roles act", async () => {
    const { id } = await submitPortalCase(system.gatewayUrl, system.mocks.egovGateway.url);
    const citizen = await change(id, "ACCEPT", 1, CITIZEN);
    expect(citizen.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(citizen.errors?.[0]?.message).toBe("The CITIZEN role cannot perform ACCEPT. Roles allowed: SCHOOL_CLERK, STATE_CORPORATION_OPERATOR.");
    const anonymous = await change(id, "ACCEPT", 1, {});
    expect(anonymous.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    const operator = await change(id, "ACCEPT", 1, OPERATOR);
    expect(operator.errors).toBeUndefined();
    const operatorWork = await change(id, "START_WORK", 2, OPERATOR);
    expect(operatorWork.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });

  it("needs reasons for a refusal", async () => {
    const { id } = await submitCase(system.gatewayUrl);
    await takeCase(system.gatewayUrl, id);
    const bare = await change(id, "REFUSE", 2, CLERK, "", "ru");
    expect(bare.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(bare.errors?.[0]?.extensions?.field).toBe("input.comment");
    const refused = await change(id, "REFUSE", 2, CLERK, "no record of graduation in the school archive");
    expect(refused.data?.changeApplicationStatus.status).toBe("REFUSED");
  });

  it("lets one of two racing employees win", async () => {
    const { id } = await submitPortalCase(system.gatewayUrl, system.mocks.egovGateway.url);
    const [first, second] = await Promise.all([change(id, "ACCEPT", 1, CLERK), change(id, "ACCEPT", 1, OPERATOR)]);
    const outcomes = [first, second].map((answer) => answer.errors?.[0]?.extensions?.code ?? answer.data?.changeApplicationStatus.status).sort();
    expect(outcomes).toEqual(["ACCEPTED", "CONFLICT"]);

    const state = await postGraphQL(system.gatewayUrl, `query($id: ID!) { application(id: $id) { status version history { toStatus } } }`, { id });
    expect(state.data?.application.version).toBe(2);
    expect(state.data?.application.history).toEqual([{ toStatus: "SUBMITTED" }, { toStatus: "ACCEPTED" }]);
  });

  it("reports a stale version as a conflict with the current state", async () => {
    const { id } = await submitCase(system.gatewayUrl);
    await takeCase(system.gatewayUrl, id);
    const stale = await change(id, "START_WORK", 1, CLERK);
    expect(stale.errors?.[0]?.extensions?.code).toBe("CONFLICT");
    expect(stale.errors?.[0]?.extensions?.currentVersion).toBe(2);
    expect(stale.errors?.[0]?.extensions?.currentStatus).toBe("ACCEPTED");
  });
});

describe("submission retries", () => {
  const SUBMIT = `mutation Submit($input: SubmitApplicationInput!) { submitApplication(input: $input) { id number } }`;

  it("returns the same case for the same idempotency key", async () => {
    const input = caseInput({ idempotencyKey: "retry-5f0b6c2e" });
    const headers = submitterHeaders(input);
    const [first, second] = await Promise.all([postGraphQL(system.gatewayUrl, SUBMIT, { input }, undefined, headers), postGraphQL(system.gatewayUrl, SUBMIT, { input }, undefined, headers)]);
    const third = await postGraphQL(system.gatewayUrl, SUBMIT, { input }, undefined, headers);
    expect(first.errors).toBeUndefined();
    expect(second.errors).toBeUndefined();
    expect(second.data?.submitApplication.id).toBe(first.data?.submitApplication.id);
    expect(third.data?.submitApplication.id).toBe(first.data?.submitApplication.id);
  });

  it("rejects a key reused for a different application", async () => {
    const headers = submitterHeaders(caseInput());
    await postGraphQL(system.gatewayUrl, SUBMIT, { input: caseInput({ idempotencyKey: "retry-0a1b2c3d" }) }, undefined, headers);
    const other = await postGraphQL(system.gatewayUrl, SUBMIT, { input: caseInput({ idempotencyKey: "retry-0a1b2c3d", documentKind: "BASIC_SECONDARY_CERTIFICATE" }) }, "en", headers);
    expect(other.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(other.errors?.[0]?.extensions?.field).toBe("input.idempotencyKey");
  });
});

describe("hand-over", () => {
  const ISSUE = `mutation Issue($input: IssueDuplicateInput!) {
    issueDuplicate(input: $input) { status version handOver { recipient documentKind documentNumberTail representativeIin notary checkedByRole } }
  }`;
  // 950211441583 has an identity card and a passport in the fixtures.
  const applicant = loadCitizens().find((citizen) => citizen.iin === "950211441583")!;
  const card = applicant.documents.find((document) => document.kind === "IDENTITY_CARD")!;

  async function readyCase(overrides: Record<string, unknown> = {}) {
    const { id } = await submitCase(system.gatewayUrl, overrides);
    await takeCase(system.gatewayUrl, id, (overrides.channel as string | undefined) ?? "STATE_CORPORATION");
    await change(id, "START_WORK", 2, CLERK);
    await change(id, "MARK_READY", 3, CLERK);
    return id;
  }
  const issue = (input: Record<string, unknown>, headers = OPERATOR) => postGraphQL(system.gatewayUrl, ISSUE, { input }, "en", headers);

  it("issues to the applicant whose document matches the record", async () => {
    const id = await readyCase();
    const answer = await issue({ id, expectedVersion: 4, applicantDocument: { kind: "IDENTITY_CARD", number: ` ${card.number} ` } });
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.issueDuplicate).toEqual({
      status: "ISSUED",
      version: 5,
      handOver: { recipient: "APPLICANT", documentKind: "IDENTITY_CARD", documentNumberTail: card.number.slice(-4), representativeIin: null, notary: null, checkedByRole: "STATE_CORPORATION_OPERATOR" },
    });
  });

  it("refuses a document that is not the applicant's", async () => {
    const id = await readyCase();
    const answer = await issue({ id, expectedVersion: 4, applicantDocument: { kind: "IDENTITY_CARD", number: "000000000" } });
    expect(answer.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(answer.errors?.[0]?.extensions?.field).toBe("input.applicantDocument");
  });

  it("issues to a representative with a power of attorney", async () => {
    const id = await readyCase();
    const answer = await issue({ id, expectedVersion: 4, powerOfAttorney: { representativeIin: "930507379351", number: "77-1234", issuedOn: "2026-11-30", notary: "Сейткали А. Б." } });
    expect(answer.data?.issueDuplicate.handOver).toMatchObject({ recipient: "REPRESENTATIVE", representativeIin: "930507379351", notary: "Сейткали А. Б." });
  });

  it("rejects a power of attorney dated in the future", async () => {
    const id = await readyCase();
    const answer = await issue({ id, expectedVersion: 4, powerOfAttorney: { representativeIin: "930507379351", number: "77-1234", issuedOn: "2027-01-01", notary: "Сейткали А. Б." } });
    expect(answer.errors?.[0]?.extensions?.field).toBe("input.powerOfAttorney.issuedOn");
  });

  it("needs exactly one kind of check", async () => {
    const id = await readyCase();
    expect((await issue({ id, expectedVersion: 4 })).errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("is done by the pickup place's employee only", async () => {
    const id = await readyCase();
    const byClerk = await issue({ id, expectedVersion: 4, applicantDocument: { kind: "IDENTITY_CARD", number: card.number } }, CLERK);
    expect(byClerk.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const schoolCase = await readyCase({ channel: "SCHOOL_OFFICE", pickupOfficeId: null });
    const byOperator = await issue({ id: schoolCase, expectedVersion: 4, applicantDocument: { kind: "IDENTITY_CARD", number: card.number } });
    expect(byOperator.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const bySchool = await issue({ id: schoolCase, expectedVersion: 4, applicantDocument: { kind: "IDENTITY_CARD", number: card.number } }, CLERK);
    expect(bySchool.data?.issueDuplicate.status).toBe("ISSUED");
  });

  it("cannot issue a case that is not ready", async () => {
    const { id } = await submitCase(system.gatewayUrl);
    const answer = await issue({ id, expectedVersion: 1, applicantDocument: { kind: "IDENTITY_CARD", number: card.number } });
    expect(answer.errors?.[0]?.extensions?.code).toBe("INVALID_TRANSITION");
  });
});
