import { loadCitizens, type Citizen } from "../fixtures/citizens.ts";
import { addClockRoutes, MockClock } from "../lib/clock.ts";
import { MockServer, type MockRequest } from "../lib/mock-server.ts";
import { addEdsRoutes } from "./eds.ts";

/** Most IINs one batch call accepts, as the real gateway limits batch size. */
export const MAX_BATCH_SIZE = 100;

/** The person record as the state database of individuals (ГБД ФЛ) returns it. */
function toPersonRecord(citizen: Citizen) {
  const { phone: _phone, note: _note, ...record } = citizen;
  return record;
}

/** Returns the string IINs of a batch body, so a per-IIN fault on any of them fails the whole batch call. */
function iinsOfBatch({ body }: MockRequest): string[] {
  const iins = (body as { iins?: unknown } | undefined)?.iins;
  return Array.isArray(iins) ? iins.filter((iin): iin is string => typeof iin === "string") : [];
}

/**
 * Mock of the e-government gateway (ШЭП): the state database of individuals
 * by IIN, single and batched, the phone registered for one-time passwords
 * in the mobile citizens' database (БМГ), and test electronic digital
 * signatures (ЭЦП). Its clock, read and set at `/_control/clock`, is `clock`;
 * pass one to share it.
 */
export function createEgovGatewayMock(citizens: Citizen[] = loadCitizens(), clock: MockClock = new MockClock()): MockServer {
  const byIin = new Map(citizens.map((citizen) => [citizen.iin, citizen]));
  const server = new MockServer("egov-gateway");
  addClockRoutes(server, clock);
  addEdsRoutes(server, byIin);

  return server
    .route("POST", "/gbdfl/persons/batch", ({ body }) => {
      const iins = (body as { iins?: unknown } | undefined)?.iins;
      if (!Array.isArray(iins) || !iins.every((iin) => typeof iin === "string")) {
        return { status: 400, body: { error: "expected a JSON body {\"iins\": [\"...\"]}" } };
      }
      if (iins.length > MAX_BATCH_SIZE) return { status: 400, body: { error: `at most ${MAX_BATCH_SIZE} IINs per call` } };

      const unique = [...new Set(iins)].sort();
      const found = unique.flatMap((iin) => (byIin.has(iin) ? [toPersonRecord(byIin.get(iin) as Citizen)] : []));
      return { status: 200, body: { persons: found, notFound: unique.filter((iin) => !byIin.has(iin)) } };
    }, { iins: iinsOfBatch })
    .route("GET", "/gbdfl/persons/:iin", ({ params }) => {
      const citizen = byIin.get(params.iin ?? "");
      return citizen ? { status: 200, body: toPersonRecord(citizen) } : { status: 404, body: { error: "person not found" } };
    })
    .route("GET", "/bmg/phones/:iin", ({ params }) => {
      const citizen = byIin.get(params.iin ?? "");
      if (!citizen) return { status: 404, body: { error: "person not found" } };
      return { status: 200, body: { iin: citizen.iin, phone: citizen.phone } };
    });
}
