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
  const allByIin = new Map(citizens.map((citizen) => [citizen.iin, citizen]));
  // Persons a tester removed from the register with `POST /_control/hidden-persons`; reset brings them back.
  const hidden = new Set<string>();
  const byIin = {
    get: (iin: string) => (hidden.has(iin) ? undefined : allByIin.get(iin)),
    has: (iin: string) => !hidden.has(iin) && allByIin.has(iin),
  };
  const server = new MockServer("egov-gateway");
  addClockRoutes(server, clock);
  addEdsRoutes(server, allByIin);

  return server
    .onReset(() => hidden.clear())
    .controlRoute("POST", "/_control/hidden-persons", ({ body }) => {
      const { iin, hidden: hide = true } = (body ?? {}) as { iin?: unknown; hidden?: unknown };
      if (typeof iin !== "string" || !/^\d{12}$/.test(iin)) return { status: 400, body: { error: "expected {\"iin\": \"<12 digits>\", \"hidden\": true|false}" } };
      if (typeof hide !== "boolean") return { status: 400, body: { error: "\"hidden\" must be true or false" } };
      if (hide) hidden.add(iin);
      else hidden.delete(iin);
      return { status: 200, body: { hidden: [...hidden].sort() } };
    })
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
