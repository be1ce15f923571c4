/** The source of the current time for every time-dependent rule. */
export interface Clock {
  now(): Date;
  /** Brings a remote clock up to date before a request is served; other clocks have none. */
  sync?(): Promise<void>;
}

/** The machine's clock. */
export const systemClock: Clock = { now: () => new Date() };

/** Creates a clock stopped at one instant, for tests. */
export function fixedClock(instant: Date | string): Clock {
  const time = new Date(instant).getTime();
  return { now: () => new Date(time) };
}

/** A clock that a test moves by hand. */
export interface ManualClock extends Clock {
  /** Moves the clock forward by a number of milliseconds. */
  advance(milliseconds: number): void;
  /** Sets the clock to an instant. */
  set(instant: Date | string): void;
}

/** Creates a clock that stays at one instant until a test moves it. */
export function manualClock(start: Date | string): ManualClock {
  let time = new Date(start).getTime();
  return {
    now: () => new Date(time),
    advance: (milliseconds) => void (time += milliseconds),
    set: (instant) => void (time = new Date(instant).getTime()),
  };
}

/**
 * Creates a clock that follows the mock clock of the mocked e-government
 * gateway (`GET <url>` returning `{"offsetMs": n}`), so a tester can move the
 * product past a due date or a month of storage. `sync` reads the offset
 * once per request; when the mock does not respond, the last offset stays.
 */
export function mockControlledClock(url: string, timeoutMs = 1000): Clock {
  let offsetMs = 0;
  return {
    now: () => new Date(Date.now() + offsetMs),
    async sync() {
      try {
        const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
        const body = (await response.json()) as { offsetMs?: unknown };
        if (response.ok && typeof body.offsetMs === "number" && Number.isFinite(body.offsetMs)) offsetMs = body.offsetMs;
      } catch {
        // The mock is down or slow: keep the last known offset.
      }
    },
  };
}

/**
 * Returns the clock a service runs on: the mock clock at MOCK_CLOCK_URL when
 * that is set, else the machine's clock. Fails at start when MOCK_CLOCK_URL is
 * set with NODE_ENV=production, where only the real time may count.
 */
export function clockFromEnv(env: NodeJS.ProcessEnv = process.env): Clock {
  const url = env.MOCK_CLOCK_URL;
  if (!url) return systemClock;
  if (env.NODE_ENV === "production") throw new Error("invalid configuration: MOCK_CLOCK_URL must not be set when NODE_ENV is production");
  if (!URL.canParse(url)) throw new Error(`invalid configuration: MOCK_CLOCK_URL is not a URL: ${url}`);
  return mockControlledClock(url);
}
