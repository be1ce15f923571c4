import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixedClock } from "../../lib/clock.ts";
import { loadCitizens } from "../../mocks/fixtures/citizens.ts";
import { caseInput, submitterHeaders } from "../support/cases.ts";
import { actorHeaders, postGraphQL } from "../support/graphql-client.ts";
import { startSystem, type RunningSystem } from "../support/system.ts";

const SUBMIT = `mutation Submit($input: SubmitApplicationInput!) { submitApplication(input: $input) { id number channel } }`;
const filer = loadCitizens().find((citizen) => citizen.iin === "950211441583")!;
const SELF = actorHeaders("CITIZEN", filer.iin);
const portalInput = (signature: Record<string, unknown> | null) => caseInput({ channel: "PORTAL", portalSignature: signature });

let system: RunningSystem;
beforeAll(async () => {
  system = await startSystem({ clock: fixedClock("2026-12-04T06:00:00Z") });
});
afterAll(async () => {
  await system?.stop();
});

async function edsSign(document: string, signerIin = filer.iin): Promise<string> {
  const response = await fetch(`${system.mocks.egovGateway.url}/eds/sign`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ signerIin, document }),
  });
  return ((await response.json()) as { signature: string }).signature;
}

describe("portal signing", () => {
  it("accepts an application signed with the filer's digital signature", async () => {
    const text = await postGraphQL(system.gatewayUrl, `query($input: SubmitApplicationInput!) { portalApplicationText(input: $input) }`, { input: portalInput(null) });
    const signature = await edsSign(text.data?.portalApplicationText as string);

    const answer = await postGraphQL(system.gatewayUrl, SUBMIT, { input: portalInput({ edsSignature: signature }) }, "en", SELF);
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.submitApplication.channel).toBe("PORTAL");
  });

  it("rejects a forged or foreign signature", async () => {
    const text = await postGraphQL(system.gatewayUrl, `query($input: SubmitApplicationInput!) { portalApplicationText(input: $input) }`, { input: portalInput(null) });
    const othersSignature = await edsSign(text.data?.portalApplicationText as string, "930507379351");
    const foreign = await postGraphQL(system.gatewayUrl, SUBMIT, { input: portalInput({ edsSignature: othersSignature }) }, "en", SELF);
    expect(foreign.errors?.[0]?.extensions?.field).toBe("input.portalSignature");
    expect(foreign.errors?.[0]?.message).toContain("SIGNATURE_MISMATCH");

    const tampered = await edsSign("a different text");
    const answer = await postGraphQL(system.gatewayUrl, SUBMIT, { input: portalInput({ edsSignature: tampered }) }, "en", SELF);
    expect(answer.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("accepts an application signed with a one-time password", async () => {
    const requested = await postGraphQL(system.gatewayUrl, `mutation { requestSigningCode(signerIin: "${filer.iin}", purpose: "sign a portal application") { id documentKind } }`, {}, "ru", SELF);
    expect(requested.errors).toBeUndefined();
    const consentId = requested.data?.requestSigningCode.id as string;
    const inbox = (await (await fetch(`${system.mocks.smsGateway.url}/sms/inbox/${encodeURIComponent(filer.phone!)}`)).json()) as { messages: { text: string }[] };
    const sms = inbox.messages.at(-1)!.text;
    expect(sms).toContain("Код для подписания заявления на портале egov.kz");

    const unconfirmed = await postGraphQL(system.gatewayUrl, SUBMIT, { input: portalInput({ otpConsentId: consentId }) }, "en", SELF);
    expect(unconfirmed.errors?.[0]?.extensions?.field).toBe("input.portalSignature");

    await postGraphQL(system.gatewayUrl, `mutation { confirmConsent(consentId: "${consentId}", code: "${/(\d{6})/.exec(sms)![1]}") { status } }`, {}, "en", SELF);
    const answer = await postGraphQL(system.gatewayUrl, SUBMIT, { input: portalInput({ otpConsentId: consentId }) }, "en", SELF);
    expect(answer.errors).toBeUndefined();

    const reused = await postGraphQL(system.gatewayUrl, SUBMIT, { input: { ...portalInput({ otpConsentId: consentId }), reason: "DAMAGED" } }, "en", SELF);
    expect(reused.errors?.[0]?.extensions?.code).toBe("CONSENT_ALREADY_USED");
    expect(reused.errors?.[0]?.message).toContain(answer.data?.submitApplication.number);
  });

  it("refuses an unsigned portal application and stores nothing", async () => {
    const answer = await postGraphQL(system.gatewayUrl, SUBMIT, { input: caseInput({ channel: "PORTAL", applicantIin: "930507379351", filerIin: "930507379351" }) }, "en", actorHeaders("CITIZEN", "930507379351"));
    expect(answer.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(answer.errors?.[0]?.extensions?.field).toBe("input.portalSignature");
    const cases = await postGraphQL(system.gatewayUrl, `{ applications(applicantIin: "930507379351") { id } }`);
    expect(cases.data?.applications).toEqual([]);
  });

  it("refuses a signature on a paper channel", async () => {
    const input = caseInput({ portalSignature: { edsSignature: "x" } });
    const answer = await postGraphQL(system.gatewayUrl, SUBMIT, { input }, "en", submitterHeaders(input));
    expect(answer.errors?.[0]?.extensions?.field).toBe("input.portalSignature");
  });
});
