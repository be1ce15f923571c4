/** A fault a mock state system can be switched into through its control API. */
export type FaultMode = "none" | "unavailable" | "timeout" | "malformed" | "down";

/** Every fault mode, in the order the control API's error message lists them. */
export const FAULT_MODES: readonly FaultMode[] = ["none", "unavailable", "timeout", "malformed", "down"];

/** Maximum latency, in milliseconds, that a fault may add to each call. */
export const MAX_LATENCY_MS = 60_000;

/** A fault mode and the latency added to each call it applies to. */
export interface Fault {
  mode: FaultMode;
  /** Milliseconds to wait before the route handler runs or the fault ends the call. */
  latencyMs: number;
}

/** The body of `POST /_control/fault` once checked: a whole-system fault, or one for a single IIN. */
export interface FaultRequest extends Fault {
  /** The IIN the fault is for; absent for the whole-system fault. */
  iin?: string;
}

const NO_FAULT: Fault = { mode: "none", latencyMs: 0 };
const IIN = /^\d{12}$/;

/**
 * Checks a `POST /_control/fault` body. Returns the request, or an error
 * message naming the invalid field and the values it accepts.
 */
export function parseFaultRequest(body: unknown): FaultRequest | { error: string } {
  if (body !== undefined && body !== null && (typeof body !== "object" || Array.isArray(body))) {
    return { error: "expected a JSON object {\"mode\", \"latencyMs\", \"iin\"}" };
  }
  const { mode = "none", latencyMs = 0, iin } = (body ?? {}) as { mode?: unknown; latencyMs?: unknown; iin?: unknown };

  if (typeof mode !== "string" || !(FAULT_MODES as readonly string[]).includes(mode)) {
    return { error: `unknown fault mode "${String(mode)}"; use none, unavailable, timeout, malformed or down` };
  }
  if (typeof latencyMs !== "number" || !Number.isFinite(latencyMs) || latencyMs < 0 || latencyMs > MAX_LATENCY_MS) {
    return { error: `latencyMs must be a number from 0 to ${MAX_LATENCY_MS}` };
  }
  if (iin !== undefined && (typeof iin !== "string" || !IIN.test(iin))) {
    return { error: `iin must be a string of 12 digits, got ${JSON.stringify(iin)}` };
  }
  return iin === undefined ? { mode: mode as FaultMode, latencyMs } : { mode: mode as FaultMode, latencyMs, iin };
}

/**
 * The faults a mock is switched into: one for the whole system and one per
 * IIN. A per-IIN fault is more specific, so it takes the place of the
 * whole-system fault, latency included, for every call that concerns that IIN.
 */
export class FaultTable {
  private whole: Fault = NO_FAULT;
  private readonly byIin = new Map<string, Fault>();

  /**
   * Sets the whole-system fault, or the fault of `request.iin`. Mode "none"
   * with no latency removes an IIN's fault, so its calls follow the
   * whole-system fault again.
   */
  set(request: FaultRequest): void {
    const fault: Fault = { mode: request.mode, latencyMs: request.latencyMs };
    if (request.iin === undefined) this.whole = fault;
    else if (fault.mode === "none" && fault.latencyMs === 0) this.byIin.delete(request.iin);
    else this.byIin.set(request.iin, fault);
  }

  /**
   * Returns the fault for a call that concerns `iins`: the fault of the first
   * of them that has one, else the whole-system fault.
   */
  faultFor(iins: readonly string[]): Fault {
    for (const iin of iins) {
      const fault = this.byIin.get(iin);
      if (fault) return fault;
    }
    return this.whole;
  }

  /** Returns the whole-system fault and every per-IIN fault, for `GET /_control/fault`. */
  snapshot(): Fault & { byIin: Record<string, Fault> } {
    return { ...this.whole, byIin: Object.fromEntries(this.byIin) };
  }

  /** Switches every fault off. */
  clear(): void {
    this.whole = NO_FAULT;
    this.byIin.clear();
  }
}
