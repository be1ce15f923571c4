import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixedClock } from "../../lib/clock.ts";
import { loadCitizens } from "../../mocks/fixtures/citizens.ts";
import { completePackage, submitCase, submitPortalCase } from "../support/cases.ts";
import { actorHeaders, postGraphQL } from "../support/graphql-client.ts";
import { startSystem, type RunningSystem } from "../support/system.ts";

const TAKE = `mutation Take($input: TakeApplicationInput!) {
  takeApplication(input: $input) {
    status version
    refusalReceipt { number placeKind placeId employeeId items { item problem description } text printPath }
    history { toStatus comment }
  }
}`;
const OPERATOR = actorHeaders("STATE_CORPORATION_OPERATOR", "operator-3", "almaty-bostandyk");
const CLERK = actorHeaders("SCHOOL_CLERK", "clerk-3", "990540059091");
const applicant = loadCitizens().find((citizen) => citizen.iin === "950211441583")!;

let system: RunningSystem;
beforeAll(async () => {
  system = await startSystem({ clock: fixedClock("2026-12-04T06:00:00Z") });
});
afterAll(async () => {
  await system?.stop();
});

const take = (input: Record<string, unknown>, headers = OPERATOR, language = "en") => postGraphQL(system.gatewayUrl, TAKE, { input }, language, headers);

describe("intake checklist", () => {
  it("accepts a complete package", async () => {
    const { id } = await submitCase(system.gatewayUrl);
    const answer = await take(completePackage(id));
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.takeApplication.status).toBe("ACCEPTED");
    expect(answer.data?.takeApplication.refusalReceipt).toBeNull();
  });

  it("refuses an incomplete package with a receipt naming each item", async () => {
    const { id, number } = await submitCase(system.gatewayUrl);
    const answer = await take(completePackage(id, 1, { applicationForm: false, paperIdentityDocument: { kind: "IDENTITY_CARD", number: "012345678", issuedOn: "2014-05-10", expiresOn: "2024-05-10" } }), OPERATOR, "ru");

    expect(answer.errors).toBeUndefined();
    const result = answer.data?.takeApplication;
    expect(result.status).toBe("REFUSED_AT_INTAKE");
    expect(result.refusalReceipt.number).toMatch(/^RCPT-2026-\d{6}$/);
    expect(result.refusalReceipt.placeKind).toBe("STATE_CORPORATION");
    expect(result.refusalReceipt.placeId).toBe("almaty-bostandyk");
    expect(result.refusalReceipt.employeeId).toBe("operator-3");
    expect(result.refusalReceipt.items).toEqual([
      { item: "APPLICATION_FORM", problem: "MISSING", description: "не представлено заявление на имя руководителя школы (приложение 1)" },
      { item: "IDENTITY_DOCUMENT", problem: "EXPIRED", description: "истёк срок действия документа, удостоверяющего личность обучающегося (2024-05-10)" },
    ]);
    expect(result.refusalReceipt.text).toContain(`Расписка об отказе в приёме документов № ${result.refusalReceipt.number}`);
    expect(result.refusalReceipt.text).toContain(`ИИН ${applicant.iin}, заявление ${number}`);
    expect(result.history.at(-1)).toEqual({ toStatus: "REFUSED_AT_INTAKE", comment: `refusal receipt ${result.refusalReceipt.number}` });

    const page = await fetch(`${system.gatewayUrl.replace(/\/graphql$/, "")}${result.refusalReceipt.printPath}`);
    expect(page.status).toBe(200);
    expect(page.headers.get("content-type")).toContain("text/html");
    const html = await page.text();
    expect(html).toContain("Құжаттарды қабылдаудан бас тарту туралы қолхат");
    expect(html).toContain("Расписка об отказе в приёме документов");
    expect(html).toContain("Receipt of refusal to accept documents");
  });

  it("asks for the original when the name changed and the certificate is damaged", async () => {
    const { id } = await submitCase(system.gatewayUrl, { reason: "DAMAGED", nameChanged: true });
    const answer = await take(completePackage(id));
    expect(answer.data?.takeApplication.refusalReceipt.items.map((item: { item: string }) => item.item)).toEqual(["ORIGINAL_CERTIFICATE"]);
  });

  it("accepts a digital identity document under a granted consent", async () => {
    const { id } = await submitCase(system.gatewayUrl);
    const consent = await postGraphQL(system.gatewayUrl, `mutation { requestConsent(ownerIin: "${applicant.iin}", documentKind: IDENTITY_CARD, purpose: "intake of a duplicate", applicationId: "${id}") { id } }`, {}, "en", OPERATOR);
    const consentId = consent.data?.requestConsent.id as string;
    const inbox = (await (await fetch(`${system.mocks.smsGateway.url}/sms/inbox/${encodeURIComponent(applicant.phone!)}`)).json()) as { messages: { text: string }[] };
    const code = /(\d{6})/.exec(inbox.messages.at(-1)!.text)![1];
    await postGraphQL(system.gatewayUrl, `mutation { confirmConsent(consentId: "${consentId}", code: "${code}") { status } }`, {}, "en", OPERATOR);

    const answer = await take(completePackage(id, 1, { paperIdentityDocument: null, digitalDocumentConsentId: consentId }));
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.takeApplication.status).toBe("ACCEPTED");
  });

  it("counts a consent it may not use as a missing document", async () => {
    const { id } = await submitCase(system.gatewayUrl);
    const answer = await take(completePackage(id, 1, { paperIdentityDocument: null, digitalDocumentConsentId: "00000000-0000-0000-0000-000000000000" }));
    expect(answer.data?.takeApplication.refusalReceipt.items).toEqual([
      { item: "IDENTITY_DOCUMENT", problem: "MISSING", description: "the student's identity document was not presented" },
    ]);
  });
});

describe("intake with bad input", () => {
  it("rejects an issue date in the future and stores nothing", async () => {
    const { id } = await submitCase(system.gatewayUrl);
    const answer = await take(completePackage(id, 1, { paperIdentityDocument: { kind: "IDENTITY_CARD", number: "1", issuedOn: "2027-01-01", expiresOn: null } }));
    expect(answer.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(answer.errors?.[0]?.extensions?.field).toBe("input.paperIdentityDocument.issuedOn");
    const state = await postGraphQL(system.gatewayUrl, `query($id: ID!) { application(id: $id) { status version } }`, { id });
    expect(state.data?.application).toEqual({ status: "SUBMITTED", version: 1 });
  });

  it("lets only the channel's employee take a package", async () => {
    const { id } = await submitCase(system.gatewayUrl);
    expect((await take(completePackage(id), CLERK)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const portal = await submitPortalCase(system.gatewayUrl, system.mocks.egovGateway.url);
    expect((await take(completePackage(portal.id))).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });

  it("sends paper packages through the checklist", async () => {
    const { id } = await submitCase(system.gatewayUrl);
    const answer = await postGraphQL(system.gatewayUrl, `mutation { changeApplicationStatus(input: { id: "${id}", action: ACCEPT, expectedVersion: 1 }) { status } }`, {}, "en", OPERATOR);
    expect(answer.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(answer.errors?.[0]?.message).toContain("takeApplication");
  });

  it("answers an unknown receipt with 404", async () => {
    const page = await fetch(`${system.gatewayUrl.replace(/\/graphql$/, "")}/receipts/RCPT-2026-999999`, { headers: { "accept-language": "en" } });
    expect(page.status).toBe(404);
  });
});
