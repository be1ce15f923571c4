import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixedClock } from "../../lib/clock.ts";
import { loadCitizens } from "../../mocks/fixtures/citizens.ts";
import { actorHeaders, postGraphQL } from "../support/graphql-client.ts";
import { startSystem, type RunningSystem } from "../support/system.ts";

const LOG = `{ myDataAccessLog {
  ownerIin
  identityLookups { at actorRole actorId data purpose applicationId }
  documentReleases { at actorRole actorId data purpose applicationId }
  phoneLookups { actorRole actorId data purpose applicationId }
} }`;

const owner = loadCitizens().find((citizen) => citizen.iin === "870927305764")!;
const OWNER = actorHeaders("CITIZEN", owner.iin);
const CLERK = actorHeaders("SCHOOL_CLERK", "clerk-5");

let system: RunningSystem;
beforeAll(async () => {
  system = await startSystem({ clock: fixedClock("2026-12-04T06:00:00Z") });
});
afterAll(async () => {
  await system?.stop();
});

describe("data access log", () => {
  it("shows the owner who looked them up and who read their document", async () => {
    await postGraphQL(system.gatewayUrl, `{ person(iin: "${owner.iin}") { lastName } }`, {}, "en", CLERK);

    const requested = await postGraphQL(
      system.gatewayUrl,
      `mutation { requestConsent(ownerIin: "${owner.iin}", documentKind: IDENTITY_CARD, purpose: "duplicate of a certificate", applicationId: "case-7") { id } }`,
      {},
      "en",
      CLERK,
    );
    const consentId = requested.data?.requestConsent.id as string;
    const inbox = (await (await fetch(`${system.mocks.smsGateway.url}/sms/inbox/${encodeURIComponent(owner.phone!)}`)).json()) as { messages: { text: string }[] };
    const code = /(\d{6})/.exec(inbox.messages.at(-1)!.text)![1];
    await postGraphQL(system.gatewayUrl, `mutation { confirmConsent(consentId: "${consentId}", code: "${code}") { status } }`, {}, "en", CLERK);
    const released = await postGraphQL(system.gatewayUrl, `{ consent(id: "${consentId}") { document { number } } }`, {}, "en", CLERK);
    expect(released.errors).toBeUndefined();

    const log = await postGraphQL(system.gatewayUrl, LOG, {}, "en", OWNER);
    expect(log.errors).toBeUndefined();
    expect(log.data?.myDataAccessLog.ownerIin).toBe(owner.iin);
    expect(log.data?.myDataAccessLog.identityLookups).toContainEqual({
      at: "2026-12-04T06:00:00.000Z",
      actorRole: "SCHOOL_CLERK",
      actorId: "clerk-5",
      data: "PERSON_RECORD",
      purpose: "identity lookup through the graph",
      applicationId: null,
    });
    expect(log.data?.myDataAccessLog.phoneLookups).toEqual([
      { actorRole: "SCHOOL_CLERK", actorId: "clerk-5", data: "REGISTERED_PHONE", purpose: "duplicate of a certificate", applicationId: "case-7" },
    ]);
    expect(log.data?.myDataAccessLog.documentReleases).toEqual([
      {
        at: "2026-12-04T06:00:00.000Z",
        actorRole: "SCHOOL_CLERK",
        actorId: "clerk-5",
        data: "DIGITAL_DOCUMENT:IDENTITY_CARD",
        purpose: "duplicate of a certificate",
        applicationId: "case-7",
      },
    ]);
  });

  it("shows a citizen only their own entries", async () => {
    const other = actorHeaders("CITIZEN", "950211441583");
    const log = await postGraphQL(system.gatewayUrl, LOG, {}, "en", other);
    expect(log.errors).toBeUndefined();
    expect(log.data?.myDataAccessLog.ownerIin).toBe("950211441583");
    expect(log.data?.myDataAccessLog.documentReleases).toEqual([]);
    expect(log.data?.myDataAccessLog.identityLookups.every((entry: { actorId: string }) => entry.actorId !== "clerk-5")).toBe(true);
  });

  it("refuses the log to an employee", async () => {
    const log = await postGraphQL(system.gatewayUrl, LOG, {}, "en", CLERK);
    expect(log.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(log.errors?.[0]?.message).toBe("Only the owner can read their data access log: call as a citizen with your own IIN.");
  });

  it("asks an unknown caller to identify", async () => {
    const log = await postGraphQL(system.gatewayUrl, LOG, {}, "ru");
    expect(log.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });
});
