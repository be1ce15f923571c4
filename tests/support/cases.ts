import { expect } from "vitest";
import { actorHeaders, postGraphQL } from "./graphql-client.ts";

const SUBMIT = `mutation Submit($input: SubmitApplicationInput!) { submitApplication(input: $input) { id number } }`;

/** Builds the input of a valid State Corporation case, with any field overridden. */
export function caseInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    channel: "STATE_CORPORATION",
    applicantIin: "950211441583",
    filerIin: "950211441583",
    documentKind: "GENERAL_SECONDARY_CERTIFICATE",
    reason: "LOST",
    nameChanged: false,
    schoolBin: "990540059091",
    pickupOfficeId: "almaty-bostandyk",
    graduationYear: 2012,
    ...overrides,
  };
}

/** Headers of the employee (or, on the portal, the filer) who submits a case with this input at its place. */
export function submitterHeaders(input: Record<string, unknown>): Record<string, string> {
  switch (input.channel) {
    case "SCHOOL_OFFICE":
      return actorHeaders("SCHOOL_CLERK", "clerk-1", String(input.schoolBin));
    case "PORTAL":
      return actorHeaders("CITIZEN", String(input.filerIin));
    default:
      return actorHeaders("STATE_CORPORATION_OPERATOR", "operator-1", String(input.pickupOfficeId));
  }
}

/** Submits a case through the gateway as the employee of its place and returns its id and number; fails the test on any error. */
export async function submitCase(gatewayUrl: string, overrides: Record<string, unknown> = {}): Promise<{ id: string; number: string }> {
  const input = caseInput(overrides);
  const answer = await postGraphQL(gatewayUrl, SUBMIT, { input }, undefined, submitterHeaders(input));
  expect(answer.errors).toBeUndefined();
  return answer.data?.submitApplication;
}

/** Switches a mocked state system into a fault mode through its control API. */
export async function setFault(mockUrl: string, mode: "none" | "unavailable" | "timeout" | "malformed", latencyMs = 0): Promise<void> {
  const response = await fetch(`${mockUrl}/_control/fault`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ mode, latencyMs }) });
  expect(response.status).toBe(200);
}

/** Reads a mock's call counts per route. */
export async function callCounts(mockUrl: string): Promise<Record<string, number>> {
  return (await fetch(`${mockUrl}/_control/calls`)).json() as Promise<Record<string, number>>;
}

/** Clears a mock's faults, counters and stored messages. */
export async function resetMock(mockUrl: string): Promise<void> {
  await fetch(`${mockUrl}/_control/reset`, { method: "POST" });
}

/** Builds a complete paper package for `takeApplication`, with any field overridden. */
export function completePackage(id: string, expectedVersion = 1, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id,
    expectedVersion,
    applicationForm: true,
    paperIdentityDocument: { kind: "IDENTITY_CARD", number: "045612378", issuedOn: "2020-03-01", expiresOn: "2030-03-01" },
    originalCertificate: false,
    ...overrides,
  };
}

/** Takes a paper package at intake as the employee of its channel; fails the test on any error. */
export async function takeCase(
  gatewayUrl: string,
  id: string,
  channel = "STATE_CORPORATION",
  overrides: Record<string, unknown> = {},
  place = { schoolBin: "990540059091", pickupOfficeId: "almaty-bostandyk" },
): Promise<{ status: string; version: number }> {
  const answer = await postGraphQL(
    gatewayUrl,
    `mutation Take($input: TakeApplicationInput!) { takeApplication(input: $input) { status version } }`,
    { input: completePackage(id, 1, overrides) },
    "en",
    submitterHeaders({ channel, schoolBin: place.schoolBin, pickupOfficeId: place.pickupOfficeId }),
  );
  expect(answer.errors).toBeUndefined();
  return answer.data?.takeApplication;
}

/**
 * Submits a portal case signed with the filer's test digital signature from
 * the e-government mock; fails the test on any error.
 */
export async function submitPortalCase(gatewayUrl: string, egovMockUrl: string, overrides: Record<string, unknown> = {}): Promise<{ id: string; number: string }> {
  const input = caseInput({ channel: "PORTAL", ...overrides });
  const text = await postGraphQL(gatewayUrl, `query($input: SubmitApplicationInput!) { portalApplicationText(input: $input) }`, { input });
  const signed = await fetch(`${egovMockUrl}/eds/sign`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ signerIin: input.filerIin, document: text.data?.portalApplicationText }),
  });
  const { signature } = (await signed.json()) as { signature: string };
  const answer = await postGraphQL(
    gatewayUrl,
    `mutation Submit($input: SubmitApplicationInput!) { submitApplication(input: $input) { id number } }`,
    { input: { ...input, portalSignature: { edsSignature: signature } } },
    undefined,
    submitterHeaders(input),
  );
  expect(answer.errors).toBeUndefined();
  return answer.data?.submitApplication;
}
