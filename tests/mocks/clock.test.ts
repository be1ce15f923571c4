import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { startMocks, type RunningMocks } from "../../mocks/start.ts";
import { getJson, postJson } from "./http.ts";

const THIRTY_DAYS_MS = 2_592_000_000;

let mocks: RunningMocks;
let clockUrl: string;

beforeAll(async () => {
  mocks = await startMocks({ egovGateway: 0, smsGateway: 0, digitalDocuments: 0 });
  clockUrl = `${mocks.egovGateway.url}/_control/clock`;
});
afterAll(() => mocks.stop());
afterEach(() => postJson(`${mocks.egovGateway.url}/_control/reset`, {}));

describe("mock clock", () => {
  it("starts at real time", async () => {
    const before = Date.now();
    const clock = await getJson(clockUrl);

    expect(clock.status).toBe(200);
    expect(clock.body.offsetMs).toBe(0);
    expect(Date.parse(clock.body.now)).toBeGreaterThanOrEqual(before);
    expect(Date.parse(clock.body.now)).toBeLessThanOrEqual(Date.now());
  });

  it("set by now", async () => {
    const target = Date.parse("2027-01-20T09:00:00Z");
    const before = Date.now();
    const set = await postJson(clockUrl, { now: "2027-01-20T09:00:00Z" });

    expect(set.status).toBe(200);
    expect(Date.parse(set.body.now) - target).toBeGreaterThanOrEqual(0);
    expect(Date.parse(set.body.now) - target).toBeLessThan(1000);
    expect(set.body.offsetMs).toBeLessThanOrEqual(target - before);
    expect(set.body.offsetMs).toBeGreaterThan(target - before - 1000);
  });

  it("set by now with zone", async () => {
    const set = await postJson(clockUrl, { now: "2027-01-20T14:00:00+05:00" });

    expect(set.status).toBe(200);
    expect(set.body.now.startsWith("2027-01-20T09:00:0")).toBe(true);
  });

  it("keeps moving", async () => {
    const set = await postJson(clockUrl, { now: "2027-01-20T09:00:00Z" });
    await new Promise((resolve) => setTimeout(resolve, 50));
    const later = await getJson(clockUrl);

    expect(later.body.offsetMs).toBe(set.body.offsetMs);
    expect(Date.parse(later.body.now) - Date.parse(set.body.now)).toBeGreaterThanOrEqual(45);
  });

  it("set by offsetMs", async () => {
    const before = Date.now();
    const set = await postJson(clockUrl, { offsetMs: THIRTY_DAYS_MS });

    expect(set.status).toBe(200);
    expect(set.body.offsetMs).toBe(THIRTY_DAYS_MS);
    expect(Date.parse(set.body.now)).toBeGreaterThanOrEqual(before + THIRTY_DAYS_MS);
    expect((await getJson(clockUrl)).body.offsetMs).toBe(THIRTY_DAYS_MS);
  });

  it("negative offsetMs", async () => {
    const set = await postJson(clockUrl, { offsetMs: -THIRTY_DAYS_MS });

    expect(set.status).toBe(200);
    expect(set.body.offsetMs).toBe(-THIRTY_DAYS_MS);
  });

  it("reset sets offset to 0", async () => {
    await postJson(clockUrl, { offsetMs: THIRTY_DAYS_MS });
    await postJson(`${mocks.egovGateway.url}/_control/reset`, {});

    expect((await getJson(clockUrl)).body.offsetMs).toBe(0);
  });

  it("answers while down", async () => {
    await postJson(`${mocks.egovGateway.url}/_control/fault`, { mode: "down" });

    expect((await postJson(clockUrl, { offsetMs: 1000 })).status).toBe(200);
    expect((await getJson(clockUrl)).body.offsetMs).toBe(1000);
  });

  it("only on e-government gateway", async () => {
    expect((await getJson(`${mocks.smsGateway.url}/_control/clock`)).status).toBe(404);
  });
});

describe("mock clock bad input", () => {
  it.each([
    ["not a date", "tomorrow"],
    ["no time", "2027-01-20"],
    ["no zone", "2027-01-20T09:00:00"],
    ["February 30", "2027-02-30T09:00:00Z"],
    ["hour 24", "2027-01-20T24:00:00Z"],
    ["minute 60", "2027-01-20T09:60:00Z"],
    ["number", 1800435600000],
  ])("malformed now: %s", async (_case, now) => {
    const answer = await postJson(clockUrl, { now });

    expect(answer.status).toBe(400);
    expect(answer.body.error).toContain('"now" must be an ISO 8601 instant with a time zone, like 2027-01-20T09:00:00Z');
    expect((await getJson(clockUrl)).body.offsetMs).toBe(0);
  });

  it.each([
    ["fraction", 1.5],
    ["string", "1000"],
    ["beyond year 9999", 8e15],
  ])("invalid offsetMs: %s", async (_case, offsetMs) => {
    const answer = await postJson(clockUrl, { offsetMs });

    expect(answer.status).toBe(400);
    expect(answer.body.error).toContain('"offsetMs"');
  });

  it.each([
    ["empty body", {}],
    ["both fields", { now: "2027-01-20T09:00:00Z", offsetMs: 0 }],
  ])("needs one field: %s", async (_case, body) => {
    const answer = await postJson(clockUrl, body);

    expect(answer.status).toBe(400);
    expect(answer.body.error).toContain('exactly one of "now"');
  });

  it("rejects a body that is not JSON", async () => {
    const answer = await postJson(clockUrl, "{now");

    expect(answer.status).toBe(400);
    expect(answer.body.error).toBe("the request body is not valid JSON");
  });
});
