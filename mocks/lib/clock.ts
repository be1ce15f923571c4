import type { MockServer } from "./mock-server.ts";

/**
 * The time a mock reports, kept as an offset from the real clock so that it
 * keeps moving after it is set.
 */
export class MockClock {
  /** Milliseconds added to the real clock. */
  offsetMs = 0;

  /** Returns the mock's current time. */
  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }

  /** Returns the clock as `GET /_control/clock` sends it. */
  toJSON(): { now: string; offsetMs: number } {
    return { now: this.now().toISOString(), offsetMs: this.offsetMs };
  }
}

/** Instants the clock may be set to: years 0000 to 9999, whose ISO strings have the plain four-digit year. */
const EARLIEST_MS = Date.parse("0000-01-01T00:00:00.000Z");
const LATEST_MS = Date.parse("9999-12-31T23:59:59.999Z");

const ISO_INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * Parses an ISO 8601 instant with a time zone, such as `2027-01-20T09:00:00Z`
 * or `2027-01-20T14:00:00+05:00`. Returns its milliseconds since the epoch,
 * or undefined for any other text and for dates that do not exist, such as February 30.
 */
export function parseIsoInstant(text: string): number | undefined {
  const match = ISO_INSTANT.exec(text);
  if (!match) return undefined;

  // Date.parse would roll 2027-02-30 over into March, so the fields are checked one by one.
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map((field) => Number(field ?? 0)) as number[];
  // Date.UTC would read years 0 to 99 as 1900 to 1999, so the year is set with setUTCFullYear.
  const fields = new Date(0);
  fields.setUTCFullYear(year!, month! - 1, day!);
  fields.setUTCHours(hour!, minute!, second!);
  const exists =
    fields.getUTCFullYear() === year && fields.getUTCMonth() === month! - 1 && fields.getUTCDate() === day && fields.getUTCHours() === hour && fields.getUTCMinutes() === minute && fields.getUTCSeconds() === second;
  const milliseconds = Date.parse(text);
  return exists && Number.isFinite(milliseconds) ? milliseconds : undefined;
}

/**
 * Checks a `POST /_control/clock` body, `{"now": "<ISO instant>"}` or
 * `{"offsetMs": <integer>}`, and returns the offset to store or an error message.
 */
export function parseClockRequest(body: unknown, realNowMs: number): { offsetMs: number } | { error: string } {
  const { now, offsetMs } = (typeof body === "object" && body !== null ? body : {}) as { now?: unknown; offsetMs?: unknown };

  if ((now === undefined) === (offsetMs === undefined)) {
    return { error: "expected a JSON body with exactly one of \"now\" (an ISO 8601 instant like 2027-01-20T09:00:00Z) or \"offsetMs\" (an integer)" };
  }
  if (now !== undefined) {
    const instant = typeof now === "string" ? parseIsoInstant(now) : undefined;
    if (instant === undefined) return { error: `"now" must be an ISO 8601 instant with a time zone, like 2027-01-20T09:00:00Z; got ${JSON.stringify(now)}` };
    if (instant < EARLIEST_MS || instant > LATEST_MS) return { error: `"now" ${now} is outside the years 0000 to 9999 in UTC` };
    return { offsetMs: instant - realNowMs };
  }
  if (typeof offsetMs !== "number" || !Number.isSafeInteger(offsetMs)) {
    return { error: `"offsetMs" must be an integer number of milliseconds; got ${JSON.stringify(offsetMs)}` };
  }
  if (realNowMs + offsetMs < EARLIEST_MS || realNowMs + offsetMs > LATEST_MS) {
    return { error: `"offsetMs" ${offsetMs} moves the clock outside the years 0000 to 9999` };
  }
  return { offsetMs };
}

/**
 * Adds `GET /_control/clock` and `POST /_control/clock` to a mock, both
 * returning `{"now", "offsetMs"}`, and sets the offset back to 0 on
 * `POST /_control/reset`.
 */
export function addClockRoutes(server: MockServer, clock: MockClock): MockServer {
  return server
    .onReset(() => {
      clock.offsetMs = 0;
    })
    .controlRoute("GET", "/_control/clock", () => ({ status: 200, body: clock.toJSON() }))
    .controlRoute("POST", "/_control/clock", ({ body }) => {
      const request = parseClockRequest(body, Date.now());
      if ("error" in request) return { status: 400, body: request };
      clock.offsetMs = request.offsetMs;
      return { status: 200, body: clock.toJSON() };
    });
}
