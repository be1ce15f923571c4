import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixedClock } from "../../lib/clock.ts";
import { caseInput, completePackage } from "../support/cases.ts";
import { actorHeaders, postGraphQL } from "../support/graphql-client.ts";
import { startSystem, type RunningSystem } from "../support/system.ts";

const REQUEST = `mutation Visit($input: HomeVisitInput!) { requestHomeVisit(input: $input) { id status version homeVisit { address reason requestedByRole visitedAt } } }`;
const RECORD = `mutation Record($input: RecordHomeVisitInput!) { recordHomeVisit(input: $input) { version homeVisit { visitedAt visitedById } history { comment } } }`;
const TAKE = `mutation Take($input: TakeApplicationInput!) { takeApplication(input: $input) { status } }`;
const CONTACT_CENTRE = actorHeaders("CONTACT_CENTRE", "cc-14");
const OPERATOR = actorHeaders("STATE_CORPORATION_OPERATOR", "operator-8", "almaty-bostandyk");
const visit = { application: caseInput(), visitAddress: "Алматы, ул. Тимирязева, 48, кв. 12", reason: "cannot walk after a stroke" };

let system: RunningSystem;
beforeAll(async () => {
  system = await startSystem({ clock: fixedClock("2026-12-04T06:00:00Z") });
});
afterAll(async () => {
  await system?.stop();
});

describe("home visit", () => {
  it("goes from the contact centre's request to intake at home", async () => {
    const requested = await postGraphQL(system.gatewayUrl, REQUEST, { input: visit }, "en", CONTACT_CENTRE);
    expect(requested.errors).toBeUndefined();
    const { id, homeVisit } = requested.data?.requestHomeVisit;
    expect(homeVisit).toEqual({ address: visit.visitAddress, reason: visit.reason, requestedByRole: "CONTACT_CENTRE", visitedAt: null });

    const early = await postGraphQL(system.gatewayUrl, TAKE, { input: completePackage(id) }, "en", OPERATOR);
    expect(early.errors?.[0]?.message).toContain("Record the home visit");

    const recorded = await postGraphQL(system.gatewayUrl, RECORD, { input: { id, expectedVersion: 1 } }, "en", OPERATOR);
    expect(recorded.errors).toBeUndefined();
    expect(recorded.data?.recordHomeVisit.homeVisit).toEqual({ visitedAt: "2026-12-04T06:00:00.000Z", visitedById: "operator-8" });
    expect(recorded.data?.recordHomeVisit.history.at(-1)).toEqual({ comment: "home visit made" });

    const taken = await postGraphQL(system.gatewayUrl, TAKE, { input: completePackage(id, 2) }, "en", OPERATOR);
    expect(taken.data?.takeApplication.status).toBe("ACCEPTED");
  });

  it("is requested by the contact centre only", async () => {
    const answer = await postGraphQL(system.gatewayUrl, REQUEST, { input: visit }, "en", OPERATOR);
    expect(answer.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });

  it("needs the State Corporation channel and a real address", async () => {
    const school = await postGraphQL(system.gatewayUrl, REQUEST, { input: { ...visit, application: caseInput({ channel: "SCHOOL_OFFICE", pickupOfficeId: null }) } }, "en", CONTACT_CENTRE);
    expect(school.errors?.[0]?.extensions?.field).toBe("input.application.channel");
    const blank = await postGraphQL(system.gatewayUrl, REQUEST, { input: { ...visit, visitAddress: " " } }, "en", CONTACT_CENTRE);
    expect(blank.errors?.[0]?.extensions?.field).toBe("input.visitAddress");
  });
});
