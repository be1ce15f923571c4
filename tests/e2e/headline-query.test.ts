import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixedClock } from "../../lib/clock.ts";
import { loadCitizens } from "../../mocks/fixtures/citizens.ts";
import { HEADLINE_QUERY } from "../../scripts/example-queries.ts";
import { caseInput, submitterHeaders } from "../support/cases.ts";
import { postGraphQL } from "../support/graphql-client.ts";
import { startSystem, type RunningSystem } from "../support/system.ts";

const SUBMIT = `mutation Submit($input: SubmitApplicationInput!) {
  submitApplication(input: $input) { id number status dueDate intakeDate feeTenge }
}`;

// Friday 4 December 2026, 11:00 in Asia/Almaty.
const clock = fixedClock("2026-12-04T06:00:00Z");
const applicant = loadCitizens().find((citizen) => citizen.iin === "950211441583");

let system: RunningSystem;
beforeAll(async () => {
  system = await startSystem({ clock });
});
afterAll(async () => {
  await system?.stop();
});

describe("headline query through the gateway", () => {
  it("reports the gateway healthy", async () => {
    const response = await fetch(system.gatewayUrl.replace(/\/graphql$/, "/health"));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok", service: "gateway" });
  });

  it("returns applicant, case, school and office in one request", async () => {
    const submitted = await postGraphQL(system.gatewayUrl, SUBMIT, { input: caseInput() }, undefined, submitterHeaders(caseInput()));
    expect(submitted.errors).toBeUndefined();
    const created = submitted.data?.submitApplication;
    expect(created.number).toBe("DUP-2026-000001");
    expect(created.status).toBe("SUBMITTED");
    expect(created.feeTenge).toBe(0);
    expect(created.intakeDate).toBe("2026-12-04");
    // 15 working days after Friday 4 December 2026, skipping Independence Day on Wednesday 16 December.
    expect(created.dueDate).toBe("2026-12-28");

    const answer = await postGraphQL(system.gatewayUrl, HEADLINE_QUERY, { id: created.id }, "ru");
    expect(answer.errors).toBeUndefined();
    const application = answer.data?.application;
    expect(application.number).toBe("DUP-2026-000001");
    expect(application.status).toBe("SUBMITTED");
    expect(application.submittedAt).toBe("2026-12-04T06:00:00.000Z");
    expect(application.dueDate).toBe("2026-12-28");
    expect(application.applicant).toEqual({
      iin: "950211441583",
      lastName: applicant?.lastName,
      firstName: applicant?.firstName,
      birthDate: applicant?.birthDate,
    });
    expect(application.school.name).toBe("КГУ «Общеобразовательная школа № 35»");
    expect(application.pickupOffice.name).toBe("ЦОН Бостандыкского района г. Алматы");
    expect(application.pickupOffice.address).toBe("Бостандыкский район, ул. Жандосова, 51");
  });
});
