import { createServer, type AddressInfo } from "node:net";
import nock from "nock";
import { describe, expect, it } from "vitest";
import { ServiceError } from "../../lib/errors/service-error.ts";
import { createEgovGatewayClient } from "../../lib/state-systems/egov-gateway-client.ts";
import { loadCitizens } from "../../mocks/fixtures/citizens.ts";
import { useStrictNock } from "./nock-setup.ts";

// A host that only nock serves; real connections to it are refused.
const BASE = "http://egov.test";
const citizens = loadCitizens();
const record = (iin: string) => {
  const { phone: _phone, note: _note, ...rest } = citizens.find((citizen) => citizen.iin === iin)!;
  return rest;
};
const client = (timeoutMs = 300) => createEgovGatewayClient({ baseUrl: BASE, timeoutMs });

async function failure(promise: Promise<unknown>): Promise<ServiceError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ServiceError);
  return error as ServiceError;
}

useStrictNock();

describe("e-government gateway client", () => {
  it("reads a batch and maps persons by IIN whatever the order", async () => {
    nock(BASE)
      .post("/gbdfl/persons/batch", { iins: ["950211441583", "930507379351", "950101380450"] })
      .reply(200, { persons: [record("930507379351"), record("950211441583")], notFound: ["950101380450"] });

    const persons = await client().fetchPersons(["950211441583", "930507379351", "950101380450"]);
    expect(persons.get("950211441583")?.lastName).toBe("Бекова");
    expect(persons.get("930507379351")?.lastName).toBe("Нурпеисов");
    expect(persons.has("950101380450")).toBe(false);
  });

  it("sends the request id upstream", async () => {
    nock(BASE, { reqheaders: { "x-request-id": /.+/ } }).post("/gbdfl/persons/batch").reply(200, { persons: [], notFound: [] });
    await client().fetchPersons(["950101380450"]);
  });

  it("retries a batch read once after a 503", async () => {
    nock(BASE).post("/gbdfl/persons/batch").reply(503).post("/gbdfl/persons/batch").reply(200, { persons: [record("930507379351")], notFound: [] });
    const persons = await client(2000).fetchPersons(["930507379351"]);
    expect(persons.size).toBe(1);
  });

  it("gives UPSTREAM_TIMEOUT when the answer is too slow", async () => {
    nock(BASE).post("/gbdfl/persons/batch").delay(1000).reply(200, { persons: [], notFound: [] });
    const error = await failure(client(200).fetchPersons(["930507379351"]));
    expect(error.code).toBe("UPSTREAM_TIMEOUT");
    expect(error.messageIn("en")).toBe("The e-government gateway did not respond in time. Try again later.");
  });

  it("gives UPSTREAM_BAD_RESPONSE for malformed JSON", async () => {
    nock(BASE).post("/gbdfl/persons/batch").reply(200, "{ not json", { "content-type": "application/json" });
    expect((await failure(client().fetchPersons(["930507379351"]))).code).toBe("UPSTREAM_BAD_RESPONSE");
  });

  it("gives UPSTREAM_BAD_RESPONSE for a body of the wrong shape", async () => {
    nock(BASE).post("/gbdfl/persons/batch").reply(200, { persons: [{ iin: "930507379351", lastName: 5 }], notFound: [] });
    expect((await failure(client().fetchPersons(["930507379351"]))).code).toBe("UPSTREAM_BAD_RESPONSE");
  });

  it("gives UPSTREAM_UNAVAILABLE after the connection is reset twice", async () => {
    // nock 14 cannot make got see a reset, so a loopback server resets every connection.
    let connections = 0;
    const server = createServer((socket) => {
      connections++;
      socket.destroy();
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    try {
      const resetting = createEgovGatewayClient({ baseUrl: `http://127.0.0.1:${port}`, timeoutMs: 2000 });
      expect((await failure(resetting.fetchPersons(["930507379351"]))).code).toBe("UPSTREAM_UNAVAILABLE");
      expect(connections).toBe(2);
    } finally {
      server.close();
    }
  });

  it("reads a registered phone, a missing phone and an unknown person", async () => {
    nock(BASE)
      .get("/bmg/phones/950211441583").reply(200, { iin: "950211441583", phone: "+77084387209" })
      .get("/bmg/phones/490303469427").reply(200, { iin: "490303469427", phone: null })
      .get("/bmg/phones/950101380450").reply(404, { error: "person not found" });
    expect(await client().fetchRegisteredPhone("950211441583")).toBe("+77084387209");
    expect(await client().fetchRegisteredPhone("490303469427")).toBeNull();
    expect(await client().fetchRegisteredPhone("950101380450")).toBeUndefined();
  });

  it("refuses more than 100 IINs in one call without calling upstream", async () => {
    const iins = Array.from({ length: 101 }, (_, index) => String(index).padStart(12, "0"));
    await expect(client().fetchPersons(iins)).rejects.toThrow(/at most 100/);
  });
});

describe("e-government gateway client under load shedding", () => {
  it("waits for Retry-After before the retry", async () => {
    nock(BASE)
      .post("/gbdfl/persons/batch").reply(429, { error: "slow down" }, { "retry-after": "1" })
      .post("/gbdfl/persons/batch").reply(200, { persons: [record("930507379351")], notFound: [] });
    const started = Date.now();
    const persons = await client(3000).fetchPersons(["930507379351"]);
    expect(persons.size).toBe(1);
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
  });

  it("gives UPSTREAM_UNAVAILABLE when 429 persists", async () => {
    nock(BASE).post("/gbdfl/persons/batch").times(2).reply(429, { error: "slow down" }, { "retry-after": "0" });
    expect((await failure(client(3000).fetchPersons(["930507379351"]))).code).toBe("UPSTREAM_UNAVAILABLE");
  });
});
