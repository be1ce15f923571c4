import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { manualClock } from "../../lib/clock.ts";
import { loadCitizens } from "../../mocks/fixtures/citizens.ts";
import { actorHeaders, postGraphQL } from "../support/graphql-client.ts";
import { startSystem, type RunningSystem } from "../support/system.ts";

const REQUEST = `mutation Request($iin: ID!, $kind: DigitalDocumentKind!, $purpose: String!, $case: ID) {
  requestConsent(ownerIin: $iin, documentKind: $kind, purpose: $purpose, applicationId: $case) {
    id status phoneMasked attemptsLeft codeExpiresAt requester { role id } applicationId
  }
}`;
const RESEND = `mutation Resend($id: ID!) { resendConsentCode(consentId: $id) { id status lastSentAt codeExpiresAt } }`;
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

const OPERATOR = actorHeaders("STATE_CORPORATION_OPERATOR", "operator-17");
const OTHER_OPERATOR = actorHeaders("STATE_CORPORATION_OPERATOR", "operator-18");
const citizens = loadCitizens();
const owner = citizens.find((citizen) => citizen.iin === "870927305764")!;
const ownerCard = owner.documents.find((document) => document.kind === "IDENTITY_CARD")!;

// Friday 4 December 2026, 11:00 in Asia/Almaty; tests move it forward.
const clock = manualClock("2026-12-04T06:00:00Z");
let system: RunningSystem;
beforeAll(async () => {
  system = await startSystem({ clock });
});
afterAll(async () => {
  await system?.stop();
});

const gql = (query: string, variables: Record<string, unknown>, language?: string, headers: Record<string, string> = OPERATOR) =>
  postGraphQL(system.gatewayUrl, query, variables, language, headers);

async function readInbox(phone: string): Promise<{ text: string; from: string }[]> {
  const response = await fetch(`${system.mocks.smsGateway.url}/sms/inbox/${encodeURIComponent(phone)}`);
  return ((await response.json()) as { messages: { text: string; from: string }[] }).messages;
}

async function lastCode(phone: string): Promise<string> {
  const code = /(\d{6})/.exec((await readInbox(phone)).at(-1)?.text ?? "")?.[1];
  expect(code).toMatch(/^\d{6}$/);
  return code as string;
}

async function requestConsent(iin = owner.iin, language = "kk", headers = OPERATOR) {
  const answer = await gql(REQUEST, { iin, kind: "IDENTITY_CARD", purpose: "duplicate of a certificate", case: "case-42" }, language, headers);
  expect(answer.errors).toBeUndefined();
  return answer.data?.requestConsent;
}

describe("consent by one-time password", () => {
  it("grants consent with the code from the SMS and releases the document", async () => {
    const consent = await requestConsent(owner.iin, "en");
    expect(consent.status).toBe("PENDING");
    expect(consent.attemptsLeft).toBe(3);
    expect(consent.requester).toEqual({ role: "STATE_CORPORATION_OPERATOR", id: "operator-17" });
    expect(consent.applicationId).toBe("case-42");
    expect(consent.phoneMasked).toBe(`+7 *** *** ${owner.phone!.slice(-4, -2)} ${owner.phone!.slice(-2)}`);
    expect(consent.codeExpiresAt).toBe(new Date(clock.now().getTime() + 300_000).toISOString());

    const sms = (await readInbox(owner.phone!)).at(-1)!;
    expect(sms.from).toBe("1414");
    expect(sms.text).toContain("Consent code to release your identity card");
    const code = await lastCode(owner.phone!);

    const before = await gql(DOCUMENT, { id: consent.id }, "en");
    expect(before.data?.consent.status).toBe("PENDING");
    expect(before.data?.consent.document).toBeNull();
    expect(before.errors?.[0]?.extensions?.code).toBe("CONSENT_NOT_GRANTED");
    expect(before.errors?.[0]?.path).toEqual(["consent", "document"]);

    const confirmed = await gql(CONFIRM, { id: consent.id, code });
    expect(confirmed.errors).toBeUndefined();
    expect(confirmed.data?.confirmConsent.status).toBe("GRANTED");
    expect(confirmed.data?.confirmConsent.grantedAt).toBe(clock.now().toISOString());

    const released = await gql(DOCUMENT, { id: consent.id });
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

    const reused = await gql(CONFIRM, { id: consent.id, code });
    expect(reused.errors?.[0]?.extensions?.code).toBe("CONSENT_ALREADY_USED");
  });

  it("releases the document to its requester only", async () => {
    const consent = await requestConsent();
    await gql(CONFIRM, { id: consent.id, code: await lastCode(owner.phone!) });

    const other = await gql(DOCUMENT, { id: consent.id }, "en", OTHER_OPERATOR);
    expect(other.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(other.data?.consent ?? null).toBeNull();

    const ownerView = await gql(`query($id: ID!) { consent(id: $id) { status document { number } } }`, { id: consent.id }, "en", actorHeaders("CITIZEN", owner.iin));
    expect(ownerView.data?.consent).toEqual({ status: "GRANTED", document: null });
    expect(ownerView.errors?.[0]?.path).toEqual(["consent", "document"]);
    expect(ownerView.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });

  it("needs the caller to request a consent", async () => {
    const answer = await gql(REQUEST, { iin: owner.iin, kind: "IDENTITY_CARD", purpose: "duplicate" }, "en", {});
    expect(answer.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect(answer.errors?.[0]?.message).toContain("x-actor-role");
  });

  it("rejects malformed caller headers at the gateway", async () => {
    const answer = await gql(REQUEST, { iin: owner.iin, kind: "IDENTITY_CARD", purpose: "duplicate" }, "en", actorHeaders("CITIZEN", "12345"));
    expect(answer.errors?.[0]?.extensions?.code).toBe("BAD_REQUEST");
    expect(answer.errors?.[0]?.message).toContain("a citizen's id is their IIN");
  });

  it("sends the SMS in the requester's language", async () => {
    clock.advance(3_600_000);
    await requestConsent(owner.iin, "ru");
    expect((await readInbox(owner.phone!)).at(-1)?.text).toContain("Код согласия на передачу документа «удостоверение личности»");
    await requestConsent();
    expect((await readInbox(owner.phone!)).at(-1)?.text).toContain("жеке куәлік");
  });

  it("locks the consent after three wrong codes", async () => {
    const consent = await requestConsent();
    const code = await lastCode(owner.phone!);
    const wrong = code === "000000" ? "111111" : "000000";

    const first = await gql(CONFIRM, { id: consent.id, code: wrong }, "en");
    expect(first.errors?.[0]?.extensions?.code).toBe("CONSENT_CODE_INVALID");
    expect(first.errors?.[0]?.extensions?.attemptsLeft).toBe(2);
    expect(first.errors?.[0]?.message).toBe("The code does not match. Attempts left: 2.");

    const malformed = await gql(CONFIRM, { id: consent.id, code: "12a4" }, "en");
    expect(malformed.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(malformed.errors?.[0]?.extensions?.field).toBe("code");
    expect(malformed.errors?.[0]?.extensions?.attemptsLeft).toBe(1);

    const third = await gql(CONFIRM, { id: consent.id, code: wrong });
    expect(third.errors?.[0]?.extensions?.code).toBe("CONSENT_LOCKED");

    const afterLock = await gql(CONFIRM, { id: consent.id, code });
    expect(afterLock.errors?.[0]?.extensions?.code).toBe("CONSENT_LOCKED");
    const state = await gql(`query($id: ID!) { consent(id: $id) { status attemptsLeft } }`, { id: consent.id });
    expect(state.data?.consent).toEqual({ status: "LOCKED", attemptsLeft: 0 });
  });

  it("stops releasing the document a day after the grant", async () => {
    const consent = await requestConsent();
    await gql(CONFIRM, { id: consent.id, code: await lastCode(owner.phone!) });
    expect((await gql(DOCUMENT, { id: consent.id })).errors).toBeUndefined();

    clock.advance(86_400_000);
    const expired = await gql(DOCUMENT, { id: consent.id }, "en");
    expect(expired.data?.consent.status).toBe("EXPIRED");
    expect(expired.data?.consent.document).toBeNull();
    expect(expired.errors?.[0]?.extensions?.code).toBe("CONSENT_EXPIRED");
  });

  it("expires a code after five minutes", async () => {
    const consent = await requestConsent();
    const code = await lastCode(owner.phone!);
    clock.advance(300_000);
    const late = await gql(CONFIRM, { id: consent.id, code }, "en");
    expect(late.errors?.[0]?.extensions?.code).toBe("CONSENT_EXPIRED");
  });
});

describe("resending a code", () => {
  const resender = citizens.find((citizen) => citizen.iin === "950211441583")!;

  it("waits a minute, then replaces the code", async () => {
    const consent = await requestConsent(resender.iin, "en");
    const firstCode = await lastCode(resender.phone!);

    const tooSoon = await gql(RESEND, { id: consent.id }, "en");
    expect(tooSoon.errors?.[0]?.extensions?.code).toBe("RATE_LIMITED");
    expect(tooSoon.errors?.[0]?.extensions?.retryInSeconds).toBe(60);

    clock.advance(61_000);
    const resent = await gql(RESEND, { id: consent.id }, "en");
    expect(resent.errors).toBeUndefined();
    expect(resent.data?.resendConsentCode.lastSentAt).toBe(clock.now().toISOString());
    const secondCode = await lastCode(resender.phone!);

    if (firstCode !== secondCode) {
      const old = await gql(CONFIRM, { id: consent.id, code: firstCode });
      expect(old.errors?.[0]?.extensions?.code).toBe("CONSENT_CODE_INVALID");
    }
    const confirmed = await gql(CONFIRM, { id: consent.id, code: secondCode });
    expect(confirmed.data?.confirmConsent.status).toBe("GRANTED");
  });

  it("caps codes per owner per hour", async () => {
    clock.advance(3_600_000);
    const capped = citizens.find((citizen) => citizen.iin === "930507379351")!;
    for (let sent = 0; sent < 5; sent++) await requestConsent(capped.iin);

    const sixth = await gql(REQUEST, { iin: capped.iin, kind: "IDENTITY_CARD", purpose: "duplicate" }, "en");
    expect(sixth.errors?.[0]?.extensions?.code).toBe("RATE_LIMITED");
    expect(sixth.errors?.[0]?.extensions?.retryInMinutes).toBe(60);
    expect(sixth.errors?.[0]?.message).toBe("Too many codes were sent to the owner of IIN 930507379351 in the last hour. Try again in 60 min.");

    clock.advance(3_600_001);
    await requestConsent(capped.iin);
  });
});

describe("consent by SMS reply", () => {
  const replier = citizens.find((citizen) => citizen.iin === "790412370291")!;
  const reply = async (from: string, text: string) => {
    const response = await fetch(`${system.subgraphs["digital-documents"].url}/sms/replies`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ from, text }),
    });
    return { status: response.status, body: (await response.json()) as { granted?: boolean; consentId?: string } };
  };

  it("grants the consent whose code the owner sends back", async () => {
    const consent = await requestConsent(replier.iin);
    const code = await lastCode(replier.phone!);

    expect(await reply(replier.phone!, code)).toEqual({ status: 200, body: { granted: true, consentId: consent.id } });
    const state = await gql(`query($id: ID!) { consent(id: $id) { status document { number } } }`, { id: consent.id });
    expect(state.data?.consent.status).toBe("GRANTED");
    expect(state.data?.consent.document.number).toBeTruthy();
  });

  it("counts a wrong reply as a failed attempt", async () => {
    const consent = await requestConsent(replier.iin);
    const code = await lastCode(replier.phone!);
    const wrong = code === "000000" ? "111111" : "000000";

    expect((await reply(replier.phone!, wrong)).body).toEqual({ granted: false, consentId: null });
    const state = await gql(`query($id: ID!) { consent(id: $id) { status attemptsLeft } }`, { id: consent.id });
    expect(state.data?.consent).toEqual({ status: "PENDING", attemptsLeft: 2 });
  });

  it("grants consent through the SMS gateway mock's reply path", async () => {
    const consent = await requestConsent(replier.iin);
    const code = await lastCode(replier.phone!);
    const response = await fetch(`${system.mocks.smsGateway.url}/sms/reply`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ from: replier.phone, text: code }),
    });
    expect(response.status).toBe(202);
    expect(await response.json()).toMatchObject({ delivered: true, status: 200 });
    const state = await gql(`query($id: ID!) { consent(id: $id) { status } }`, { id: consent.id });
    expect(state.data?.consent.status).toBe("GRANTED");
  });

  it("ignores a reply that carries no code", async () => {
    const consent = await requestConsent(replier.iin);
    for (const text of ["Кто это?", "STOP"]) expect((await reply(replier.phone!, text)).body).toEqual({ granted: false, consentId: null });
    const state = await gql(`query($id: ID!) { consent(id: $id) { status attemptsLeft } }`, { id: consent.id });
    expect(state.data?.consent).toEqual({ status: "PENDING", attemptsLeft: 3 });
  });

  it("ignores a reply from a phone with no pending consent", async () => {
    expect((await reply("+77000000000", "123456")).body).toEqual({ granted: false, consentId: null });
  });

  it("rejects a body that is not a reply", async () => {
    expect((await reply("not a phone", "123456")).status).toBe(400);
  });
});

describe("who may ask for codes", () => {
  it("refuses a citizen asking for someone else's document", async () => {
    const answer = await gql(REQUEST, { iin: owner.iin, kind: "IDENTITY_CARD", purpose: "curiosity" }, "en", actorHeaders("CITIZEN", "930507379351"));
    expect(answer.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });

  it("lets a citizen ask for their own document", async () => {
    clock.advance(3_600_000);
    const answer = await gql(REQUEST, { iin: owner.iin, kind: "IDENTITY_CARD", purpose: "my own duplicate" }, "en", actorHeaders("CITIZEN", owner.iin));
    expect(answer.errors).toBeUndefined();
  });

  it("lets only the filer ask for a signing code", async () => {
    const answer = await gql(`mutation { requestSigningCode(signerIin: "${owner.iin}", purpose: "sign") { id } }`, {}, "en");
    expect(answer.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });

  it("says a locked consent is locked when its document is asked for", async () => {
    clock.advance(3_600_000);
    const consent = await requestConsent();
    const code = await lastCode(owner.phone!);
    const wrong = code === "000000" ? "111111" : "000000";
    for (let attempt = 0; attempt < 3; attempt++) await gql(CONFIRM, { id: consent.id, code: wrong });
    const answer = await gql(DOCUMENT, { id: consent.id }, "en");
    expect(answer.errors?.[0]?.extensions?.code).toBe("CONSENT_LOCKED");
  });
});

describe("consent with bad input", () => {
  it("accepts a code with spaces around it", async () => {
    const consent = await requestConsent("820903421089");
    const code = await lastCode(citizens.find((citizen) => citizen.iin === "820903421089")!.phone!);
    const confirmed = await gql(CONFIRM, { id: consent.id, code: ` ${code} ` });
    expect(confirmed.data?.confirmConsent.status).toBe("GRANTED");
  });

  it("points an owner without a registered phone to paper documents", async () => {
    const answer = await gql(REQUEST, { iin: "490303469427", kind: "IDENTITY_CARD", purpose: "duplicate" }, "en");
    expect(answer.errors?.[0]?.extensions?.code).toBe("NO_REGISTERED_PHONE");
    expect(answer.errors?.[0]?.extensions?.field).toBe("ownerIin");
    expect(answer.errors?.[0]?.message).toContain("Show the employee a paper identity document instead.");
  });

  it("rejects an unknown consent id", async () => {
    const answer = await gql(CONFIRM, { id: "00000000-0000-0000-0000-000000000000", code: "123456" }, "ru");
    expect(answer.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    expect(answer.errors?.[0]?.extensions?.field).toBe("consentId");
    expect(answer.errors?.[0]?.message).toBe("Согласие 00000000-0000-0000-0000-000000000000 не найдено. Запросите новое согласие.");
  });

  it("rejects a malformed owner IIN and sends no SMS", async () => {
    const before = (await readInbox(owner.phone!)).length;
    const answer = await gql(REQUEST, { iin: "87092730576", kind: "IDENTITY_CARD", purpose: "duplicate" });
    expect(answer.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(answer.errors?.[0]?.extensions?.field).toBe("ownerIin");
    expect((await readInbox(owner.phone!)).length).toBe(before);
  });
});
