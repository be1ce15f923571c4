/** Settings of a {@link CircuitBreaker}. */
export interface CircuitBreakerOptions {
  /** Consecutive failed calls that open the circuit (default 5). */
  failureThreshold?: number;
  /** How long an open circuit fails calls at once before one probe, in milliseconds (default 10000). */
  openMs?: number;
  /** Milliseconds of the current time; a test may move it. Default Date.now. */
  now?: () => number;
}

/**
 * The state of a circuit: closed (calls pass), open (calls fail at once until
 * `openUntil`), or half-open (one probe call is in flight).
 */
export type CircuitState = { kind: "closed"; failures: number } | { kind: "open"; openUntil: number } | { kind: "half-open" };

/** Thrown instead of calling the upstream while the circuit is open. */
export class CircuitOpenError extends Error {
  constructor(readonly retryInMs: number) {
    super(`circuit open; next probe in ${retryInMs} ms`);
    this.name = "CircuitOpenError";
  }
}

/**
 * Stops calling an upstream that keeps failing: after `failureThreshold`
 * failures in a row it fails every call at once for `openMs`, then lets one
 * probe through. A successful probe closes the circuit; a failed one opens it
 * again.
 */
export class CircuitBreaker {
  private state: CircuitState = { kind: "closed", failures: 0 };
  private readonly failureThreshold: number;
  private readonly openMs: number;
  private readonly now: () => number;

  constructor(options: CircuitBreakerOptions = {}) {
    this.failureThreshold = options.failureThreshold ?? 5;
    this.openMs = options.openMs ?? 10_000;
    this.now = options.now ?? Date.now;
  }

  /** The current state, for logs and tests. */
  get current(): CircuitState {
    return this.state;
  }

  /**
   * Runs `call` unless the circuit is open. `isFailure` decides which errors
   * count against the upstream: a timeout does, a 404 does not.
   */
  async run<T>(call: () => Promise<T>, isFailure: (error: unknown) => boolean): Promise<T> {
    switch (this.state.kind) {
      case "open": {
        const waitMs = this.state.openUntil - this.now();
        if (waitMs > 0) throw new CircuitOpenError(waitMs);
        this.state = { kind: "half-open" };
        break;
      }
      case "half-open":
        throw new CircuitOpenError(0);
      case "closed":
        break;
    }

    try {
      const result = await call();
      this.state = { kind: "closed", failures: 0 };
      return result;
    } catch (error) {
      this.recordFailure(isFailure(error));
      throw error;
    }
  }

  private recordFailure(countsAgainstUpstream: boolean): void {
    const state = this.state;
    switch (state.kind) {
      case "half-open":
        this.state = countsAgainstUpstream ? { kind: "open", openUntil: this.now() + this.openMs } : { kind: "closed", failures: 0 };
        return;
      case "closed": {
        if (!countsAgainstUpstream) return;
        const failures = state.failures + 1;
        this.state = failures >= this.failureThreshold ? { kind: "open", openUntil: this.now() + this.openMs } : { kind: "closed", failures };
        return;
      }
      case "open":
        return;
    }
  }
}
