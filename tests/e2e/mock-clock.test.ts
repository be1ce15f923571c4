import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { submitCase } from "../support/cases.ts";
import { postGraphQL } from "../support/graphql-client.ts";
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
