import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { postGraphQL } from "../support/graphql-client.ts";
import { startSystem, type RunningSystem } from "../support/system.ts";

let system: RunningSystem;
let base: string;
beforeAll(async () => {
  system = await startSystem();
  base = system.gatewayUrl.replace(/\/graphql$/, "");
});
afterAll(async () => {
  await system?.stop();
});

async function raw(path: string, init: RequestInit) {
  const response = await fetch(`${base}${path}`, init);
  return { status: response.status, body: (await response.json()) as { errors?: { message: string; extensions?: Record<string, unknown> }[] } };
}

describe("faults in the request itself", () => {
  it("rejects a body over 1 MB with 413", async () => {
    const huge = JSON.stringify({ query: "{ schools { bin } }", padding: "x".repeat(1_100_000) });
    const answer = await raw("/graphql", { method: "POST", headers: { "content-type": "application/json", "accept-language": "en" }, body: huge });
    expect(answer.status).toBe(413);
    expect(answer.body.errors?.[0]?.extensions?.code).toBe("BAD_REQUEST");
    expect(answer.body.errors?.[0]?.message).toBe("The request body is too large: at most 1000000 bytes. Send a smaller request.");
  });

  it("rejects a body that is not JSON in the caller's language", async () => {
    const answer = await raw("/graphql", { method: "POST", headers: { "content-type": "application/json", "accept-language": "ru" }, body: "{not json" });
    expect(answer.status).toBe(400);
    expect(answer.body.errors?.[0]?.extensions?.code).toBe("BAD_REQUEST");
    expect(answer.body.errors?.[0]?.message).toContain("Тело запроса — не корректный JSON");
  });

  it("answers an unknown path with a GraphQL-shaped 404", async () => {
    const answer = await raw("/nope", { method: "GET", headers: { "accept-language": "en" } });
    expect(answer.status).toBe(404);
    expect(answer.body.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    expect(answer.body.errors?.[0]?.message).toBe("There is no /nope. GraphQL is served at /graphql and the health check at /health.");
  });

  it("summarises a syntax error in Russian and keeps the detail", async () => {
    const answer = await postGraphQL(system.gatewayUrl, "{ schools { name ", {}, "ru");
    expect(answer.errors?.[0]?.extensions?.code).toBe("GRAPHQL_PARSE_FAILED");
    expect(answer.errors?.[0]?.message).toMatch(/^Синтаксическая ошибка в запросе GraphQL: Syntax Error/);
  });

  it("names the unknown field of a query", async () => {
    const answer = await postGraphQL(system.gatewayUrl, "{ schools { nmae } }", {}, "kk");
    expect(answer.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(answer.errors?.[0]?.extensions?.field).toBe("School.nmae");
    expect(answer.errors?.[0]?.message).toMatch(/^GraphQL сұрауы схемаға сәйкес емес: /);
  });

  it("names a missing required input field", async () => {
    const answer = await postGraphQL(
      system.gatewayUrl,
      `mutation { submitApplication(input: { channel: SCHOOL_OFFICE, applicantIin: "950211441583", filerIin: "950211441583",
        documentKind: GENERAL_SECONDARY_CERTIFICATE, reason: LOST, schoolBin: "990540059091", graduationYear: 2012 }) { id } }`,
      {},
      "en",
    );
    expect(answer.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(answer.errors?.[0]?.extensions?.field).toBe("SubmitApplicationInput.nameChanged");
  });

  it("names a missing variable", async () => {
    const answer = await postGraphQL(system.gatewayUrl, "query($id: ID!) { application(id: $id) { id } }", {}, "en");
    expect(answer.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(answer.errors?.[0]?.extensions?.field).toBe("id");
  });

  it("keeps a subgraph's own message without a prefix", async () => {
    const answer = await postGraphQL(system.gatewayUrl, `{ person(iin: "95021144158") { lastName } }`, {}, "ru");
    expect(answer.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(answer.errors?.[0]?.message).toMatch(/^iin: ИИН должен состоять из 12 цифр/);
    expect(answer.errors?.[0]?.extensions?.serviceName).toBeUndefined();
  });
});
