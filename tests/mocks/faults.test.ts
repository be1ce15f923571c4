import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { startMocks, type RunningMocks } from "../../mocks/start.ts";
import { fetchErrorCode, getJson, postJson } from "./http.ts";

const FAULTED = "950211441583";
const OTHER = "790412370291";
const MINOR = "081217546385";

let mocks: RunningMocks;
let egov: string;
let documents: string;

beforeAll(async () => {
  mocks = await startMocks({ egovGateway: 0, smsGateway: 0, digitalDocuments: 0 });
  egov = mocks.egovGateway.url;
  documents = mocks.digitalDocuments.url;
});
afterAll(() => mocks.stop());
afterEach(async () => {
  await postJson(`${egov}/_control/reset`, {});
  await postJson(`${documents}/_control/reset`, {});
});

const setFault = (url: string, body: unknown) => postJson(`${url}/_control/fault`, body);
const person = (iin: string) => fetch(`${egov}/gbdfl/persons/${iin}`);
const batch = (iins: string[]) => fetch(`${egov}/gbdfl/persons/batch`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ iins }) });

describe("fault control", () => {
  it("body that is not JSON keeps the fault", async () => {
    await setFault(egov, { mode: "unavailable" });
    for (const body of ["notjson", "mode=down"]) {
      const response = await fetch(`${egov}/_control/fault`, { method: "POST", headers: { "content-type": "application/json" }, body });
      expect(response.status).toBe(400);
      expect(await response.json()).toEqual({ error: "the request body is not valid JSON" });
    }
    expect((await getJson(`${egov}/_control/fault`)).body).toMatchObject({ mode: "unavailable" });
  });

  it("whole-system fault", async () => {
    const set = await setFault(egov, { mode: "unavailable", latencyMs: 0 });

    expect(set).toEqual({ status: 200, body: { mode: "unavailable", latencyMs: 0 } });
    expect((await person(OTHER)).status).toBe(503);
    expect((await batch([OTHER])).status).toBe(503);
  });

  it("per-IIN fault on :iin routes", async () => {
    const set = await setFault(egov, { mode: "unavailable", iin: FAULTED });

    expect(set).toEqual({ status: 200, body: { mode: "unavailable", latencyMs: 0, iin: FAULTED } });
    expect((await person(FAULTED)).status).toBe(503);
    expect((await fetch(`${egov}/bmg/phones/${FAULTED}`)).status).toBe(503);
    expect((await person(OTHER)).status).toBe(200);
  });

  it("per-IIN fault on batch", async () => {
    await setFault(egov, { mode: "unavailable", iin: FAULTED });

    expect((await batch([OTHER, FAULTED])).status).toBe(503);
    const clean = await batch([OTHER, MINOR]);
    expect(clean.status).toBe(200);
    expect(((await clean.json()) as { persons: unknown[] }).persons).toHaveLength(2);
  });

  it("per-IIN faults differ", async () => {
    await setFault(egov, { mode: "unavailable", iin: FAULTED });
    await setFault(egov, { mode: "malformed", iin: MINOR });

    expect((await person(FAULTED)).status).toBe(503);
    const malformed = await person(MINOR);
    expect(malformed.status).toBe(200);
    expect(await malformed.text()).toBe("{ this is not json");
    expect((await person(OTHER)).status).toBe(200);
  });

  it("per-IIN fault on digital documents", async () => {
    await setFault(documents, { mode: "unavailable", iin: FAULTED });
    const headers = { "x-consent-id": "consent-1" };

    expect((await fetch(`${documents}/documents/${FAULTED}/IDENTITY_CARD`, { headers })).status).toBe(503);
    expect((await fetch(`${documents}/documents/${OTHER}/IDENTITY_CARD`, { headers })).status).toBe(200);
  });

  it("per-IIN fault overrides whole-system", async () => {
    await setFault(egov, { mode: "malformed" });
    await setFault(egov, { mode: "unavailable", iin: FAULTED });

    expect((await person(FAULTED)).status).toBe(503);
    expect(await (await person(OTHER)).text()).toBe("{ this is not json");
  });

  it("per-IIN none removes fault", async () => {
    await setFault(egov, { mode: "unavailable", iin: FAULTED });
    await setFault(egov, { mode: "none", iin: FAULTED });

    expect((await person(FAULTED)).status).toBe(200);
    expect((await getJson(`${egov}/_control/fault`)).body.byIin).toEqual({});
  });

  it("per-IIN latency", async () => {
    await setFault(egov, { mode: "none", latencyMs: 300, iin: FAULTED });

    const slowStart = Date.now();
    expect((await person(FAULTED)).status).toBe(200);
    expect(Date.now() - slowStart).toBeGreaterThanOrEqual(290);

    const fastStart = Date.now();
    expect((await person(OTHER)).status).toBe(200);
    expect(Date.now() - fastStart).toBeLessThan(250);
  });

  it("per-IIN timeout", async () => {
    await setFault(egov, { mode: "timeout", iin: FAULTED });

    const code = await fetchErrorCode(fetch(`${egov}/gbdfl/persons/${FAULTED}`, { signal: AbortSignal.timeout(200) }));
    expect(code).toContain("TimeoutError");
    expect((await person(OTHER)).status).toBe(200);
  });

  it("fault snapshot", async () => {
    await setFault(egov, { mode: "timeout", latencyMs: 10 });
    await setFault(egov, { mode: "down", iin: FAULTED });

    const snapshot = await getJson(`${egov}/_control/fault`);
    expect(snapshot.status).toBe(200);
    expect(snapshot.body).toEqual({ mode: "timeout", latencyMs: 10, byIin: { [FAULTED]: { mode: "down", latencyMs: 0 } } });
  });

  it("reset clears per-IIN faults", async () => {
    await setFault(egov, { mode: "unavailable", iin: FAULTED });
    await setFault(egov, { mode: "unavailable" });

    expect((await postJson(`${egov}/_control/reset`, {})).body).toEqual({ reset: true });
    expect((await person(FAULTED)).status).toBe(200);
    expect((await getJson(`${egov}/_control/fault`)).body).toEqual({ mode: "none", latencyMs: 0, byIin: {} });
  });

  it("calls counted under faults", async () => {
    await setFault(egov, { mode: "unavailable", iin: FAULTED });
    await batch([FAULTED]);
    await batch([OTHER]);
    await person(FAULTED);

    const calls = await getJson(`${egov}/_control/calls`);
    expect(calls.body["POST ^\\/gbdfl\\/persons\\/batch$"]).toBe(2);
    expect(calls.body["GET ^\\/gbdfl\\/persons\\/([^/]+)$"]).toBe(1);
  });
});

describe("fault down", () => {
  it("whole-system down resets connection", async () => {
    await setFault(egov, { mode: "down" });

    expect(await fetchErrorCode(person(OTHER))).toBe("ECONNRESET");
    expect(await fetchErrorCode(batch([OTHER]))).toBe("ECONNRESET");
  });

  it("control routes answer while down", async () => {
    await setFault(egov, { mode: "down" });

    expect((await getJson(`${egov}/_control/calls`)).status).toBe(200);
    expect((await getJson(`${egov}/health`)).status).toBe(200);
    await postJson(`${egov}/_control/reset`, {});
    expect((await person(OTHER)).status).toBe(200);
  });

  it("per-IIN down on batch", async () => {
    await setFault(egov, { mode: "down", iin: FAULTED });

    expect(await fetchErrorCode(batch([OTHER, FAULTED]))).toBe("ECONNRESET");
    expect(await fetchErrorCode(person(FAULTED))).toBe("ECONNRESET");
    expect((await batch([OTHER])).status).toBe(200);
  });
});

describe("fault bad input", () => {
  it("unknown mode", async () => {
    const answer = await setFault(egov, { mode: "exploded" });

    expect(answer.status).toBe(400);
    expect(answer.body.error).toBe('unknown fault mode "exploded"; use none, unavailable, timeout, malformed or down');
    expect((await person(OTHER)).status).toBe(200);
  });

  it("unknown mode with iin", async () => {
    const answer = await setFault(egov, { mode: "exploded", iin: FAULTED });

    expect(answer.status).toBe(400);
    expect((await getJson(`${egov}/_control/fault`)).body.byIin).toEqual({});
  });

  it.each([
    ["too short", "95021144158"],
    ["not digits", "95021144158X"],
    ["number", 950211441583],
  ])("invalid iin: %s", async (_case, iin) => {
    const answer = await setFault(egov, { mode: "unavailable", iin });

    expect(answer.status).toBe(400);
    expect(answer.body.error).toContain("iin must be a string of 12 digits");
  });

  it.each([-1, 60_001, "800"])("invalid latency %s", async (latencyMs) => {
    const answer = await setFault(egov, { mode: "none", latencyMs });

    expect(answer.status).toBe(400);
    expect(answer.body.error).toBe("latencyMs must be a number from 0 to 60000");
  });

  it("body not an object", async () => {
    const answer = await setFault(egov, ["down"]);

    expect(answer.status).toBe(400);
  });
});
