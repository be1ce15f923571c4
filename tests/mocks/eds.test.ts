import { createHmac, randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TEST_EDS_KEY } from "../../mocks/egov-gateway/eds.ts";
import { loadCitizens, loadUnknownIins } from "../../mocks/fixtures/citizens.ts";
import { startMocks, type RunningMocks } from "../../mocks/start.ts";
import { postJson } from "./http.ts";

const SIGNER = "950211441583";
const OTHER_SIGNER = "790412370291";
const DOCUMENT = "Заявление на дубликат аттестата №2025-000123";

let mocks: RunningMocks;
const sign = (body: unknown) => postJson(`${mocks.egovGateway.url}/eds/sign`, body);
const verify = (body: unknown) => postJson(`${mocks.egovGateway.url}/eds/verify`, body);
const signature = async (signerIin: string, document: string): Promise<string> => (await sign({ signerIin, document })).body.signature;

beforeAll(async () => {
  mocks = await startMocks({ egovGateway: 0, smsGateway: 0, digitalDocuments: 0 });
});
afterAll(() => mocks.stop());

describe("eds sign", () => {
  it("HMAC-SHA256 base64", async () => {
    const answer = await sign({ signerIin: SIGNER, document: DOCUMENT });
    const expected = createHmac("sha256", TEST_EDS_KEY).update(`${SIGNER}\n${DOCUMENT}`).digest("base64");

    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({ signature: expected });
  });

  it.each([
    ["missing document", { signerIin: SIGNER }],
    ["document not a string", { signerIin: SIGNER, document: 42 }],
    ["signerIin not 12 digits", { signerIin: "95021144158", document: DOCUMENT }],
    ["array body", [SIGNER, DOCUMENT]],
    ["not JSON", "{signerIin"],
  ])("malformed body: %s", async (_case, body) => {
    const answer = await sign(body);

    expect(answer.status).toBe(400);
    expect(typeof answer.body.error).toBe("string");
  });
});

describe("eds verify", () => {
  it("valid signature", async () => {
    const citizen = loadCitizens().find((entry) => entry.iin === SIGNER)!;
    const answer = await verify({ signerIin: SIGNER, document: DOCUMENT, signature: await signature(SIGNER, DOCUMENT) });

    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({ valid: true, signerIin: SIGNER, signerName: `${citizen.lastName} ${citizen.firstName}` });
  });

  it("empty document", async () => {
    const answer = await verify({ signerIin: SIGNER, document: "", signature: await signature(SIGNER, "") });

    expect(answer.body.valid).toBe(true);
  });

  it("changed document", async () => {
    const answer = await verify({ signerIin: SIGNER, document: `${DOCUMENT} `, signature: await signature(SIGNER, DOCUMENT) });

    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({ valid: false, reason: "SIGNATURE_MISMATCH" });
  });

  it("other signer's signature", async () => {
    const answer = await verify({ signerIin: SIGNER, document: DOCUMENT, signature: await signature(OTHER_SIGNER, DOCUMENT) });

    expect(answer.body).toEqual({ valid: false, reason: "SIGNATURE_MISMATCH" });
  });

  it("forged signature", async () => {
    const forged = createHmac("sha256", "a guessed key").update(`${SIGNER}\n${DOCUMENT}`).digest("base64");

    expect((await verify({ signerIin: SIGNER, document: DOCUMENT, signature: forged })).body).toEqual({ valid: false, reason: "SIGNATURE_MISMATCH" });
    expect((await verify({ signerIin: SIGNER, document: DOCUMENT, signature: randomBytes(32).toString("base64") })).body.reason).toBe("SIGNATURE_MISMATCH");
  });

  it("unknown signer", async () => {
    const unknown = loadUnknownIins().validButNotRegistered[0]!;
    const answer = await verify({ signerIin: unknown, document: DOCUMENT, signature: await signature(unknown, DOCUMENT) });

    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({ valid: false, reason: "UNKNOWN_SIGNER" });
  });

  it.each([
    ["empty", ""],
    ["not base64", "not a signature!"],
    ["too short", randomBytes(16).toString("base64")],
    ["too long", randomBytes(64).toString("base64")],
    ["no padding", randomBytes(32).toString("base64").replace(/=+$/, "")],
    ["base64url", "-_" + randomBytes(32).toString("base64").slice(2)],
  ])("malformed signature: %s", async (_case, value) => {
    const answer = await verify({ signerIin: SIGNER, document: DOCUMENT, signature: value });

    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({ valid: false, reason: "MALFORMED" });
  });

  it.each([
    ["missing signature", { signerIin: SIGNER, document: DOCUMENT }],
    ["signature not a string", { signerIin: SIGNER, document: DOCUMENT, signature: 7 }],
    ["missing signerIin", { document: DOCUMENT, signature: "AAAA" }],
    ["empty body", ""],
  ])("malformed body: %s", async (_case, body) => {
    const answer = await verify(body);

    expect(answer.status).toBe(400);
    expect(typeof answer.body.error).toBe("string");
  });
});
