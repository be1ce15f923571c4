import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { submitCase, takeCase } from "../support/cases.ts";
import { actorHeaders, postGraphQL } from "../support/graphql-client.ts";
import { startSystem, type RunningSystem } from "../support/system.ts";

let system: RunningSystem;
beforeAll(async () => {
  system = await startSystem({ useMockClock: true });
});
afterAll(async () => {
  await system?.stop();
});

async function setMockClock(now: string) {
  const response = await fetch(`${system.mocks.egovGateway.url}/_control/clock`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ now }),
  });
  expect(response.status).toBe(200);
}

describe("mock clock", () => {
  it("moves a case past its due date for testers", async () => {
    await setMockClock("2026-12-04T06:00:00Z");
    const { id } = await submitCase(system.gatewayUrl);
    const query = `query($id: ID!) { application(id: $id) { submittedAt dueDate workingDaysLeft overdue } }`;

    const fresh = await postGraphQL(system.gatewayUrl, query, { id });
    expect(fresh.data?.application.submittedAt.slice(0, 10)).toBe("2026-12-04");
    expect(fresh.data?.application.dueDate).toBe("2026-12-28");
    expect(fresh.data?.application.overdue).toBe(false);

    await setMockClock("2026-12-30T06:00:00Z");
    const late = await postGraphQL(system.gatewayUrl, query, { id });
    expect(late.data?.application.overdue).toBe(true);
    expect(late.data?.application.workingDaysLeft).toBe(-2);
  });

  it("opens and closes places by the mock time", async () => {
    const query = `{ serviceCenter(id: "almaty-bostandyk") { schedule { isOpenNow } } }`;
    await setMockClock("2026-12-07T05:00:00Z"); // Monday 10:00 in Almaty
    expect((await postGraphQL(system.gatewayUrl, query)).data?.serviceCenter.schedule.isOpenNow).toBe(true);
    await setMockClock("2026-12-16T05:00:00Z"); // Independence Day
    expect((await postGraphQL(system.gatewayUrl, query)).data?.serviceCenter.schedule.isOpenNow).toBe(false);
  });
});

describe("overdue cases", () => {
  it("lists open cases past their due date per school and per office", async () => {
    await setMockClock("2026-12-04T06:00:00Z");
    const { id, number } = await submitCase(system.gatewayUrl, { pickupOfficeId: "astana-yesil" });
    const query = `query($bin: ID, $office: ID) { overdueApplications(schoolBin: $bin, pickupOfficeId: $office) { id number } }`;

    expect((await postGraphQL(system.gatewayUrl, query, { office: "astana-yesil" })).data?.overdueApplications).toEqual([]);
    await setMockClock("2026-12-29T06:00:00Z");
    expect((await postGraphQL(system.gatewayUrl, query, { office: "astana-yesil" })).data?.overdueApplications).toEqual([{ id, number }]);
    const bySchool = (await postGraphQL(system.gatewayUrl, query, { bin: "990540059091" })).data?.overdueApplications as { id: string }[];
    expect(bySchool.map((entry) => entry.id)).toContain(id);
  });

  it("needs a school or an office", async () => {
    const answer = await postGraphQL(system.gatewayUrl, `{ overdueApplications { id } }`, {}, "en");
    expect(answer.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });
});

describe("storage at the State Corporation", () => {
  const CHANGE = `mutation Change($input: ChangeApplicationStatusInput!) { changeApplicationStatus(input: $input) { status version dueDate } }`;
  const clerk = actorHeaders("SCHOOL_CLERK", "clerk-9", "990540059091");
  const change = (id: string, action: string, expectedVersion: number, headers = clerk) =>
    postGraphQL(system.gatewayUrl, CHANGE, { input: { id, action, expectedVersion } }, "en", headers);
  const state = async (id: string) =>
    (await postGraphQL(system.gatewayUrl, `query($id: ID!) { application(id: $id) { status version dueDate overdue history { toStatus actorRole } } }`, { id })).data?.application;

  async function readyOn(now: string, overrides: Record<string, unknown> = {}) {
    await setMockClock(now);
    const { id } = await submitCase(system.gatewayUrl, overrides);
    await takeCase(system.gatewayUrl, id, (overrides.channel as string | undefined) ?? "STATE_CORPORATION");
    await change(id, "START_WORK", 2);
    await change(id, "MARK_READY", 3);
    return id;
  }

  it("sweep returns a stored duplicate once", async () => {
    const id = await readyOn("2027-01-11T06:00:00Z");
    const schoolCase = await readyOn("2027-01-11T06:00:00Z", { channel: "SCHOOL_OFFICE", pickupOfficeId: null });

    await setMockClock("2027-02-10T06:00:00Z");
    expect(await system.subgraphs.applications.sweepStorage()).toBe(0);

    await setMockClock("2027-02-12T06:00:00Z");
    const moved = await Promise.all([system.subgraphs.applications.sweepStorage(), system.subgraphs.applications.sweepStorage()]);
    expect(moved.reduce((sum, count) => sum + count, 0)).toBe(1);
    expect(await system.subgraphs.applications.sweepStorage()).toBe(0);

    const returned = await state(id);
    expect(returned.status).toBe("RETURNED_TO_SCHOOL");
    expect(returned.history.filter((entry: { actorRole: string }) => entry.actorRole === "SYSTEM")).toHaveLength(1);
    expect((await state(schoolCase)).status).toBe("READY");
  });

  it("sends a returned duplicate back within one working day when asked again", async () => {
    const id = await readyOn("2027-01-11T06:00:00Z");
    await setMockClock("2027-02-12T06:00:00Z");
    await system.subgraphs.applications.sweepStorage();
    const version = (await state(id)).version;

    // Friday 12 February 2027: one working day later is Monday 15 February.
    const stranger = await change(id, "REQUEST_AGAIN", version, actorHeaders("CITIZEN", "930507379351"));
    expect(stranger.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const recalled = await change(id, "REQUEST_AGAIN", version, actorHeaders("CITIZEN", "950211441583"));
    expect(recalled.data?.changeApplicationStatus).toMatchObject({ status: "RECALLED", dueDate: "2027-02-15" });

    await setMockClock("2027-02-16T06:00:00Z");
    expect((await state(id)).overdue).toBe(true);
    const ready = await change(id, "MARK_READY", version + 1);
    expect(ready.data?.changeApplicationStatus.status).toBe("READY");
  });
});
