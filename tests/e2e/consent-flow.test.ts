import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixedClock } from "../../lib/clock.ts";
import { loadCitizens } from "../../mocks/fixtures/citizens.ts";
import { postGraphQL } from "../support/graphql-client.ts";
import { startSystem, type RunningSystem } from "../support/system.ts";

const REQUEST = `mutation Request($iin: ID!, $kind: DigitalDocumentKind!, $purpose: String!) {
  requestConsent(ownerIin: $iin, documentKind: $kind, purpose: $purpose) { id status phoneMasked attemptsLeft codeExpiresAt }
}`;
const CONFIRM = `mutation Confirm($id: ID!, $code: String!) {
  confirmConsent(consentId: $id, code: $code) { id status grantedAt validUntil }
}`;
const DOCUMENT = `query Document($id: ID!) {
  consent(id: $id) {
    status
    owner { iin lastName firstName }
    document { kind number ownerIin fullName issuedOn expiresOn isExpired }
  }
}`;

const owner = loadCitizens().find((citizen) => citizen.iin === "870927305764")!;
const ownerCard = owner.documents.find((document) => document.kind === "IDENTITY_CARD")!;

let system: RunningSystem;
beforeAll(async () => {
  system = await startSystem({ clock: fixedClock("2026-12-04T06:00:00Z") });
});
afterAll(async () => {
  await system?.stop();
});

async function readInbox(phone: string): Promise<{ text: string; from: string }[]> {
  const response = await fetch(`${system.mocks.smsGateway.url}/sms/inbox/${encodeURIComponent(phone)}`);
  return ((await response.json()) as { messages: { text: string; from: string }[] }).messages;
}

async function requestConsent(language = "kk") {
  const answer = await postGraphQL(system.gatewayUrl, REQUEST, { iin: owner.iin, kind: "IDENTITY_CARD", purpose: "duplicate of a certificate" }, language);
  expect(answer.errors).toBeUndefined();
  return answer.data?.requestConsent;
}

describe("consent by one-time password", () => {
  it("grants consent with the code from the SMS and releases the document", async () => {
    const consent = await requestConsent("en");
    expect(consent.status).toBe("PENDING");
    expect(consent.attemptsLeft).toBe(3);
    expect(consent.phoneMasked).toBe(`+7 *** *** ${owner.phone!.slice(-4, -2)} ${owner.phone!.slice(-2)}`);
    expect(consent.codeExpiresAt).toBe("2026-12-04T06:05:00.000Z");

    const messages = await readInbox(owner.phone!);
    const sms = messages.at(-1)!;
    expect(sms.from).toBe("1414");
    expect(sms.text).toContain("Consent code to release your identity card");
    const code = /(\d{6})/.exec(sms.text)?.[1];
    expect(code).toMatch(/^\d{6}$/);

    const before = await postGraphQL(system.gatewayUrl, DOCUMENT, { id: consent.id }, "en");
    expect(before.data?.consent ?? null).toBeNull();
    expect(before.errors?.[0]?.extensions?.code).toBe("CONSENT_NOT_GRANTED");
    expect(before.errors?.[0]?.path).toEqual(["consent", "document"]);

    const confirmed = await postGraphQL(system.gatewayUrl, CONFIRM, { id: consent.id, code });
    expect(confirmed.errors).toBeUndefined();
    expect(confirmed.data?.confirmConsent.status).toBe("GRANTED");
    expect(confirmed.data?.confirmConsent.grantedAt).toBe("2026-12-04T06:00:00.000Z");

    const released = await postGraphQL(system.gatewayUrl, DOCUMENT, { id: consent.id });
    expect(released.errors).toBeUndefined();
    expect(released.data?.consent.owner).toEqual({ iin: owner.iin, lastName: owner.lastName, firstName: owner.firstName });
    expect(released.data?.consent.document).toEqual({
      kind: "IDENTITY_CARD",
      number: ownerCard.number,
      ownerIin: owner.iin,
      fullName: [owner.lastName, owner.firstName, owner.middleName].filter(Boolean).join(" "),
      issuedOn: ownerCard.issuedOn,
      expiresOn: ownerCard.expiresOn,
      isExpired: false,
    });

    const reused = await postGraphQL(system.gatewayUrl, CONFIRM, { id: consent.id, code });
    expect(reused.errors?.[0]?.extensions?.code).toBe("CONSENT_ALREADY_USED");
  });

  it("sends the SMS in the requester's language", async () => {
    await requestConsent("ru");
    expect((await readInbox(owner.phone!)).at(-1)?.text).toContain("Код согласия на передачу документа «удостоверение личности»");
    await requestConsent();
    expect((await readInbox(owner.phone!)).at(-1)?.text).toContain("жеке куәлік");
  });

  it("locks the consent after three wrong codes", async () => {
    const consent = await requestConsent();
    const code = /(\d{6})/.exec((await readInbox(owner.phone!)).at(-1)!.text)![1]!;
    const wrong = code === "000000" ? "111111" : "000000";

    const first = await postGraphQL(system.gatewayUrl, CONFIRM, { id: consent.id, code: wrong }, "en");
    expect(first.errors?.[0]?.extensions?.code).toBe("CONSENT_CODE_INVALID");
    expect(first.errors?.[0]?.extensions?.attemptsLeft).toBe(2);
    expect(first.errors?.[0]?.message).toBe("The code does not match. Attempts left: 2.");

    const malformed = await postGraphQL(system.gatewayUrl, CONFIRM, { id: consent.id, code: "12a4" }, "en");
    expect(malformed.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(malformed.errors?.[0]?.extensions?.field).toBe("code");
    expect(malformed.errors?.[0]?.extensions?.attemptsLeft).toBe(1);

    const third = await postGraphQL(system.gatewayUrl, CONFIRM, { id: consent.id, code: wrong });
    expect(third.errors?.[0]?.extensions?.code).toBe("CONSENT_LOCKED");

    const afterLock = await postGraphQL(system.gatewayUrl, CONFIRM, { id: consent.id, code });
    expect(afterLock.errors?.[0]?.extensions?.code).toBe("CONSENT_LOCKED");
    const state = await postGraphQL(system.gatewayUrl, `query($id: ID!) { consent(id: $id) { status attemptsLeft } }`, { id: consent.id });
    expect(state.data?.consent).toEqual({ status: "LOCKED", attemptsLeft: 0 });
  });

  it("points an owner without a registered phone to paper documents", async () => {
    const answer = await postGraphQL(system.gatewayUrl, REQUEST, { iin: "490303469427", kind: "IDENTITY_CARD", purpose: "duplicate" }, "en");
    expect(answer.errors?.[0]?.extensions?.code).toBe("NO_REGISTERED_PHONE");
    expect(answer.errors?.[0]?.extensions?.field).toBe("ownerIin");
    expect(answer.errors?.[0]?.message).toContain("Show the employee a paper identity document instead.");
  });

  it("rejects an unknown consent id", async () => {
    const answer = await postGraphQL(system.gatewayUrl, CONFIRM, { id: "00000000-0000-0000-0000-000000000000", code: "123456" }, "ru");
    expect(answer.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    expect(answer.errors?.[0]?.message).toBe("Согласие 00000000-0000-0000-0000-000000000000 не найдено. Запросите новое согласие.");
  });

  it("rejects a malformed owner IIN and sends no SMS", async () => {
    const before = (await readInbox(owner.phone!)).length;
    const answer = await postGraphQL(system.gatewayUrl, REQUEST, { iin: "87092730576", kind: "IDENTITY_CARD", purpose: "duplicate" });
    expect(answer.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(answer.errors?.[0]?.extensions?.field).toBe("ownerIin");
    expect((await readInbox(owner.phone!)).length).toBe(before);
  });
});
