import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { fixedClock } from "../../lib/clock.ts";
import { HEADLINE_QUERY } from "../../scripts/example-queries.ts";
import { resetMock, setFault, submitCase } from "../support/cases.ts";
import { postGraphQL } from "../support/graphql-client.ts";
import { startSystem, type RunningSystem } from "../support/system.ts";

let system: RunningSystem;
let caseId: string;

beforeAll(async () => {
  system = await startSystem({ clock: fixedClock("2026-12-04T06:00:00Z"), upstreamTimeoutMs: 500 });
  caseId = (await submitCase(system.gatewayUrl)).id;
});
afterEach(async () => {
  await resetMock(system.mocks.egovGateway.url);
});
afterAll(async () => {
  await system?.stop();
});

describe("headline query when a state system fails", () => {
  for (const [mode, code] of [
    ["unavailable", "UPSTREAM_UNAVAILABLE"],
    ["timeout", "UPSTREAM_TIMEOUT"],
    ["malformed", "UPSTREAM_BAD_RESPONSE"],
  ] as const) {
    it(`keeps the case when the e-government gateway is ${mode}`, async () => {
      await setFault(system.mocks.egovGateway.url, mode);

      const answer = await postGraphQL(system.gatewayUrl, HEADLINE_QUERY, { id: caseId }, "en");
      const application = answer.data?.application;
      expect(application.status).toBe("SUBMITTED");
      expect(application.dueDate).toBe("2026-12-28");
      expect(application.school.name).toBe("КГУ «Общеобразовательная школа № 35»");
      expect(application.pickupOffice.name).toBe("ЦОН Бостандыкского района г. Алматы");
      expect(application.applicant).toBeNull();

      expect(answer.errors).toHaveLength(1);
      expect(answer.errors?.[0]?.path).toEqual(["application", "applicant"]);
      expect(answer.errors?.[0]?.extensions?.code).toBe(code);
      expect(answer.errors?.[0]?.message).toContain("e-government gateway");
    });
  }

  it("answers again once the gateway is back", async () => {
    await setFault(system.mocks.egovGateway.url, "none");
    const answer = await postGraphQL(system.gatewayUrl, HEADLINE_QUERY, { id: caseId });
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.application.applicant.iin).toBe("950211441583");
  });
});

describe("headline query when a subgraph is down", () => {
  it("returns the case with the school missing and an error at its path", async () => {
    await system.subgraphs.schools.stop();
    const answer = await postGraphQL(system.gatewayUrl, HEADLINE_QUERY, { id: caseId }, "en");
    expect(answer.data?.application.status).toBe("SUBMITTED");
    expect(answer.data?.application.applicant.iin).toBe("950211441583");
    expect(answer.data?.application.school).toBeNull();
    expect(answer.data?.application.pickupOffice).toBeNull();
    const paths = answer.errors?.map((error) => error.path?.join("."));
    expect(paths).toEqual(expect.arrayContaining(["application.school", "application.pickupOffice"]));
    expect(answer.errors?.[0]?.message).toBe("The schools service is unavailable now. Try again later.");
    expect(answer.errors?.every((error) => error.extensions?.code === "UPSTREAM_UNAVAILABLE")).toBe(true);
    expect(JSON.stringify(answer.errors)).not.toContain("ECONNREFUSED");
  });
});
