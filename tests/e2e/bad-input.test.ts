import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixedClock } from "../../lib/clock.ts";
import { submitterHeaders } from "../support/cases.ts";
import { postGraphQL } from "../support/graphql-client.ts";
import { startSystem, type RunningSystem } from "../support/system.ts";

const SUBMIT = `mutation Submit($input: SubmitApplicationInput!) { submitApplication(input: $input) { id number } }`;
const CASES_OF = `query Cases($iin: ID!) { applications(applicantIin: $iin) { id } }`;

const validInput = {
  channel: "STATE_CORPORATION",
  applicantIin: "870927305764",
  filerIin: "870927305764",
  documentKind: "GENERAL_SECONDARY_CERTIFICATE",
  reason: "DAMAGED",
  nameChanged: false,
  schoolBin: "990540059091",
  pickupOfficeId: "almaty-bostandyk",
  graduationYear: 2004,
};

let system: RunningSystem;
beforeAll(async () => {
  system = await startSystem({ clock: fixedClock("2026-12-04T06:00:00Z") });
});
afterAll(async () => {
  await system?.stop();
});

async function submitExpectingError(input: Record<string, unknown>, language?: string) {
  const answer = await postGraphQL(system.gatewayUrl, SUBMIT, { input }, language, submitterHeaders(input));
  expect(answer.data?.submitApplication ?? null).toBeNull();
  expect(answer.errors).toHaveLength(1);
  return answer.errors![0]!;
}

async function expectNothingStored(iin: string) {
  const answer = await postGraphQL(system.gatewayUrl, CASES_OF, { iin });
  expect(answer.errors).toBeUndefined();
  expect(answer.data?.applications).toEqual([]);
}

describe("submitApplication with bad input", () => {
  it("rejects an IIN of the wrong length in Kazakh by default", async () => {
    const error = await submitExpectingError({ ...validInput, applicantIin: "12345" });
    expect(error.extensions?.code).toBe("BAD_USER_INPUT");
    expect(error.extensions?.field).toBe("input.applicantIin");
    expect(error.message).toContain("ЖСН 12 цифрдан тұруы керек");
    await expectNothingStored("870927305764");
  });

  it("rejects an IIN with a wrong check digit in Russian", async () => {
    const error = await submitExpectingError({ ...validInput, filerIin: "900115300014" }, "ru-RU,ru;q=0.9");
    expect(error.extensions?.code).toBe("BAD_USER_INPUT");
    expect(error.extensions?.field).toBe("input.filerIin");
    expect(error.message).toBe("input.filerIin: у ИИН «900115300014» неверная контрольная цифра. Сверьте номер с документом.");
    await expectNothingStored("870927305764");
  });

  it("rejects an IIN that is never issued in English", async () => {
    const error = await submitExpectingError({ ...validInput, applicantIin: "780308401020" }, "en");
    expect(error.extensions?.code).toBe("BAD_USER_INPUT");
    expect(error.extensions?.field).toBe("input.applicantIin");
    expect(error.message).toBe('input.applicantIin: IIN "780308401020" is never issued (no check digit exists for its first 11 digits). Check the number against the identity document.');
  });

  it("rejects an unknown school BIN", async () => {
    // 990540099992 has a valid check digit, but no school has it.
    const error = await submitExpectingError({ ...validInput, schoolBin: "990540099992" }, "en");
    expect(error.extensions?.code).toBe("BAD_USER_INPUT");
    expect(error.extensions?.field).toBe("input.schoolBin");
    expect(error.message).toBe("input.schoolBin: no school with BIN 990540099992 was found. Enter the BIN of the school that issued the document.");
    await expectNothingStored("870927305764");
  });

  it("rejects an unknown pickup office", async () => {
    const error = await submitExpectingError({ ...validInput, pickupOfficeId: "atlantis-central" }, "en");
    expect(error.extensions?.code).toBe("BAD_USER_INPUT");
    expect(error.extensions?.field).toBe("input.pickupOfficeId");
    expect(error.message).toContain("\"atlantis-central\"");
    await expectNothingStored("870927305764");
  });

  it("rejects a missing pickup office for the portal", async () => {
    const error = await submitExpectingError({ ...validInput, channel: "PORTAL", pickupOfficeId: null }, "en");
    expect(error.extensions?.field).toBe("input.pickupOfficeId");
    expect(error.message).toContain("PORTAL channel needs the State Corporation office");
  });

  it("rejects a pickup office for the school channel", async () => {
    const error = await submitExpectingError({ ...validInput, channel: "SCHOOL_OFFICE" }, "en");
    expect(error.extensions?.field).toBe("input.pickupOfficeId");
    await expectNothingStored("870927305764");
  });

  it("rejects an unknown document kind in a variable", async () => {
    const error = await submitExpectingError({ ...validInput, documentKind: "DIPLOMA" }, "ru");
    expect(error.extensions?.code).toBe("BAD_USER_INPUT");
    expect(error.extensions?.field).toBe("input.documentKind");
    expect(error.extensions?.allowedValues).toEqual(["BASIC_SECONDARY_CERTIFICATE", "GENERAL_SECONDARY_CERTIFICATE"]);
    expect(error.message).toContain("значение «DIPLOMA» недопустимо");
    await expectNothingStored("870927305764");
  });

  it("rejects an unknown document kind written in the query", async () => {
    const literal = `mutation { submitApplication(input: {
      channel: SCHOOL_OFFICE, applicantIin: "870927305764", filerIin: "870927305764", documentKind: DIPLOMA,
      reason: LOST, nameChanged: false, schoolBin: "990540059091", graduationYear: 2004 }) { id } }`;
    const answer = await postGraphQL(system.gatewayUrl, literal, {}, "kk");
    expect(answer.errors).toHaveLength(1);
    expect(answer.errors![0]!.extensions?.code).toBe("BAD_USER_INPUT");
    expect(answer.errors![0]!.extensions?.field).toBe("input.documentKind");
    expect(answer.errors![0]!.message).toContain("«DIPLOMA» мәні қабылданбайды");
    await expectNothingStored("870927305764");
  });

  it("rejects a school that does not teach the document's level", async () => {
    const schools = await postGraphQL(system.gatewayUrl, `{ schools(level: BASIC_SECONDARY) { bin levels } }`);
    const school = (schools.data?.schools as { bin: string; levels: string[] }[]).find((entry) => !entry.levels.includes("GENERAL_SECONDARY"));
    expect(school, "a school teaching only grades 1–9 is seeded").toBeDefined();
    const error = await submitExpectingError({ ...validInput, schoolBin: school!.bin }, "en");
    expect(error.extensions?.field).toBe("input.documentKind");
    expect(error.message).toContain("does not issue the certificate of general secondary education");
  });

  it("rejects a graduation year after this year", async () => {
    const error = await submitExpectingError({ ...validInput, graduationYear: 2027 }, "en");
    expect(error.extensions?.field).toBe("input.graduationYear");
    expect(error.message).toBe("input.graduationYear: 2027 is not possible. Enter a year from 1965 to 2026.");
    await expectNothingStored("870927305764");
  });

  it("gives no stack trace in any error", async () => {
    const answer = await postGraphQL(system.gatewayUrl, SUBMIT, { input: { ...validInput, applicantIin: "abc" } }, undefined, submitterHeaders(validInput));
    expect(JSON.stringify(answer)).not.toMatch(/stacktrace|at .*\.ts:\d+/);
  });
});

describe("lookups with bad input", () => {
  it("reports an unknown application id as NOT_FOUND", async () => {
    const answer = await postGraphQL(system.gatewayUrl, `{ application(id: "nope") { id } }`, {}, "en");
    expect(answer.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    expect(answer.errors?.[0]?.message).toBe("Application nope was not found.");
  });

  it("reports a person not on record as NOT_FOUND", async () => {
    const answer = await postGraphQL(system.gatewayUrl, `{ person(iin: "950101380450") { lastName } }`, {}, "en");
    expect(answer.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    expect(answer.errors?.[0]?.path).toEqual(["person"]);
    expect(answer.errors?.[0]?.extensions?.field).toBe("iin");
  });

  it("rejects a malformed IIN in a person lookup", async () => {
    const answer = await postGraphQL(system.gatewayUrl, `{ person(iin: "95021144158") { lastName } }`, {}, "en");
    expect(answer.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(answer.errors?.[0]?.extensions?.field).toBe("iin");
  });
});

describe("submitApplication checks the people on record", () => {
  it("rejects an applicant who is not on record", async () => {
    const error = await submitExpectingError({ ...validInput, applicantIin: "950101380450", filerIin: "950101380450" }, "en");
    expect(error.extensions?.code).toBe("BAD_USER_INPUT");
    expect(error.extensions?.field).toBe("input.applicantIin");
    expect(error.message).toContain("No person with IIN 950101380450 is on record");
    await expectNothingStored("950101380450");
  });

  it("rejects a deceased applicant", async () => {
    const error = await submitExpectingError({ ...validInput, applicantIin: "511115319898", filerIin: "511115319898", graduationYear: 1969 }, "en");
    expect(error.extensions?.field).toBe("input.applicantIin");
    expect(error.message).toContain("recorded as deceased");
    await expectNothingStored("511115319898");
  });

  it("rejects a minor filing alone", async () => {
    const error = await submitExpectingError({ ...validInput, applicantIin: "081217546385", filerIin: "081217546385", documentKind: "BASIC_SECONDARY_CERTIFICATE", graduationYear: 2024 }, "ru");
    expect(error.extensions?.field).toBe("input.filerIin");
    expect(error.message).toContain("Заявление несовершеннолетнего подаёт родитель или законный представитель");
    await expectNothingStored("081217546385");
  });

  it("accepts a minor's case filed by a parent on record", async () => {
    const input = { ...validInput, applicantIin: "081217546385", filerIin: "790412370291", documentKind: "BASIC_SECONDARY_CERTIFICATE", graduationYear: 2024 };
    const answer = await postGraphQL(system.gatewayUrl, SUBMIT, { input }, undefined, submitterHeaders(input));
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.submitApplication.number).toMatch(/^DUP-2026-\d{6}$/);
  });

  it("rejects an adult's case filed by someone else", async () => {
    const error = await submitExpectingError({ ...validInput, filerIin: "950211441583" }, "en");
    expect(error.extensions?.field).toBe("input.filerIin");
    expect(error.message).toContain("An adult student files their own application");
  });

  it("accepts an adult's case filed by a representative with a power of attorney", async () => {
    // A different applicant, so the checks above and below still see no case of 870927305764.
    const input = { ...validInput, applicantIin: "930507379351", filerIin: "950211441583", graduationYear: 2010, filerPowerOfAttorney: { number: "2026/11-774", issuedOn: "2026-11-20", notary: "Ахметова Г. С., нотариус г. Алматы" } };
    const answer = await postGraphQL(system.gatewayUrl, SUBMIT, { input }, "en", submitterHeaders(input));
    expect(answer.errors).toBeUndefined();
  });

  it("rejects a power of attorney dated in the future", async () => {
    const error = await submitExpectingError({ ...validInput, filerIin: "950211441583", filerPowerOfAttorney: { number: "1", issuedOn: "2027-01-05", notary: "Ахметова Г. С." } }, "en");
    expect(error.extensions?.field).toBe("input.filerPowerOfAttorney.issuedOn");
    await expectNothingStored("870927305764");
  });

  it("rejects a graduation year the student was too young for", async () => {
    // The applicant was born in 1987, so grade 11 ends in 2003 at the earliest.
    const error = await submitExpectingError({ ...validInput, graduationYear: 1995 }, "en");
    expect(error.extensions?.field).toBe("input.graduationYear");
    expect(error.message).toBe("input.graduationYear: in 1995 the student was too young for this document. Enter 2003 or later.");
  });

  it("stores nothing when the state database is down", async () => {
    await fetch(`${system.mocks.egovGateway.url}/_control/fault`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ mode: "unavailable" }) });
    try {
      const error = await submitExpectingError(validInput, "en");
      expect(error.extensions?.code).toBe("UPSTREAM_UNAVAILABLE");
      await expectNothingStored("870927305764");
    } finally {
      await fetch(`${system.mocks.egovGateway.url}/_control/reset`, { method: "POST" });
    }
  });
});
