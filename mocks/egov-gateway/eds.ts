import { createHmac, timingSafeEqual } from "node:crypto";
import type { Citizen } from "../fixtures/citizens.ts";
import type { MockResponse, MockServer } from "../lib/mock-server.ts";

/**
 * Key of the mock's test signatures. TEST ONLY: it is public in this
 * repository, so a signature made with it proves nothing outside the mocks.
 */
export const TEST_EDS_KEY = "egov-gateway-mock test EDS key: public, for tests only";

/** Reason `POST /eds/verify` gives for an invalid signature. */
export type EdsRejection = "SIGNATURE_MISMATCH" | "UNKNOWN_SIGNER" | "MALFORMED";

/** Bytes in an HMAC-SHA256 digest. */
const DIGEST_BYTES = 32;
const IIN = /^\d{12}$/;
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

/**
 * Signs a document as the mock's electronic digital signature (ЭЦП) service
 * does: base64 of HMAC-SHA256 over `signerIin + "\n" + document` under
 * {@link TEST_EDS_KEY}.
 */
export function signTestDocument(signerIin: string, document: string): string {
  return signatureBytes(signerIin, document).toString("base64");
}

function signatureBytes(signerIin: string, document: string): Buffer {
  return createHmac("sha256", TEST_EDS_KEY).update(`${signerIin}\n${document}`, "utf8").digest();
}

/** Decodes a signature that is canonical base64 of exactly one digest; returns undefined for anything else. */
function decodeSignature(signature: string): Buffer | undefined {
  if (!BASE64.test(signature)) return undefined;
  const bytes = Buffer.from(signature, "base64");
  return bytes.length === DIGEST_BYTES && bytes.toString("base64") === signature ? bytes : undefined;
}

/**
 * Verifies a test signature. Checks run in this order: the signature must be
 * base64 of a 32-byte digest (else MALFORMED), must match the signer and the
 * document (else SIGNATURE_MISMATCH), and the signer must be in the fixtures
 * (else UNKNOWN_SIGNER).
 */
export function verifyTestSignature(
  signerIin: string,
  document: string,
  signature: string,
  byIin: ReadonlyMap<string, Citizen>,
): { valid: true; signer: Citizen } | { valid: false; reason: EdsRejection } {
  const received = decodeSignature(signature);
  if (!received) return { valid: false, reason: "MALFORMED" };
  if (!timingSafeEqual(received, signatureBytes(signerIin, document))) return { valid: false, reason: "SIGNATURE_MISMATCH" };

  const signer = byIin.get(signerIin);
  return signer ? { valid: true, signer } : { valid: false, reason: "UNKNOWN_SIGNER" };
}

/** Returns the string fields of an `/eds/*` body, or a 400 response naming the first invalid one. */
function readEdsBody<Name extends string>(body: unknown, names: readonly Name[]): Record<Name, string> | MockResponse {
  const fields = (typeof body === "object" && body !== null && !Array.isArray(body) ? body : {}) as Record<string, unknown>;
  const shape = `{${names.map((name) => `"${name}"`).join(", ")}}`;
  for (const name of names) {
    if (typeof fields[name] !== "string") return { status: 400, body: { error: `expected a JSON body ${shape} of strings; "${name}" is missing or not a string` } };
  }
  if (!IIN.test(fields.signerIin as string)) return { status: 400, body: { error: `"signerIin" must be 12 digits, got ${JSON.stringify(fields.signerIin)}` } };
  return fields as Record<Name, string>;
}

/**
 * Adds the electronic digital signature (ЭЦП) routes to the gateway mock:
 * `POST /eds/sign {"signerIin", "document"}` returns `{"signature"}`, and
 * `POST /eds/verify {"signerIin", "document", "signature"}` returns
 * `{"valid": true, "signerIin", "signerName"}` or `{"valid": false, "reason"}`.
 */
export function addEdsRoutes(server: MockServer, byIin: ReadonlyMap<string, Citizen>): MockServer {
  return server
    .route("POST", "/eds/sign", ({ body }) => {
      const fields = readEdsBody(body, ["signerIin", "document"]);
      if ("status" in fields) return fields;
      return { status: 200, body: { signature: signTestDocument(fields.signerIin, fields.document) } };
    })
    .route("POST", "/eds/verify", ({ body }) => {
      const fields = readEdsBody(body, ["signerIin", "document", "signature"]);
      if ("status" in fields) return fields;

      const result = verifyTestSignature(fields.signerIin, fields.document, fields.signature, byIin);
      if (!result.valid) return { status: 200, body: result };
      const signerName = `${result.signer.lastName} ${result.signer.firstName}`;
      return { status: 200, body: { valid: true, signerIin: result.signer.iin, signerName } };
    });
}
