import nock from "nock";
import { describe, expect, it } from "vitest";
import { ServiceError } from "../../lib/errors/service-error.ts";
import { CircuitBreaker, CircuitOpenError } from "../../lib/upstream/circuit-breaker.ts";
import { createUpstreamClient } from "../../lib/upstream/http-client.ts";
import { z } from "zod";
import { useStrictNock } from "./nock-setup.ts";

const BASE = "http://breaker.test";
const systemName = { kk: "Сынақ жүйесі", ru: "тестовая система", en: "test system" };
const failing = () => Promise.reject(new Error("down"));

describe("circuit breaker", () => {
  it("opens after the threshold and fails at once", async () => {
    let now = 0;
    const breaker = new CircuitBreaker({ failureThreshold: 2, openMs: 1000, now: () => now });
    for (let attempt = 0; attempt < 2; attempt++) await expect(breaker.run(failing, () => true)).rejects.toThrow("down");
    expect(breaker.current.kind).toBe("open");

    let called = false;
    await expect(breaker.run(async () => (called = true), () => true)).rejects.toBeInstanceOf(CircuitOpenError);
    expect(called).toBe(false);
    now = 500;
    await expect(breaker.run(async () => (called = true), () => true)).rejects.toBeInstanceOf(CircuitOpenError);
  });

  it("closes after a successful probe", async () => {
    let now = 0;
    const breaker = new CircuitBreaker({ failureThreshold: 1, openMs: 1000, now: () => now });
    await expect(breaker.run(failing, () => true)).rejects.toThrow();
    now = 1000;
    expect(await breaker.run(async () => "ok", () => true)).toBe("ok");
    expect(breaker.current).toEqual({ kind: "closed", failures: 0 });
  });

  it("opens again after a failed probe", async () => {
    let now = 0;
    const breaker = new CircuitBreaker({ failureThreshold: 1, openMs: 1000, now: () => now });
    await expect(breaker.run(failing, () => true)).rejects.toThrow();
    now = 1000;
    await expect(breaker.run(failing, () => true)).rejects.toThrow("down");
    expect(breaker.current).toEqual({ kind: "open", openUntil: 2000 });
  });

  it("ignores failures that are not the upstream's", async () => {
    const breaker = new CircuitBreaker({ failureThreshold: 1 });
    await expect(breaker.run(failing, () => false)).rejects.toThrow();
    expect(breaker.current.kind).toBe("closed");
  });

  it("lets one probe through at a time", async () => {
    let now = 0;
    const breaker = new CircuitBreaker({ failureThreshold: 1, openMs: 10, now: () => now });
    await expect(breaker.run(failing, () => true)).rejects.toThrow();
    now = 10;
    let release: () => void = () => undefined;
    const probe = breaker.run(() => new Promise<string>((resolve) => (release = () => resolve("ok"))), () => true);
    await expect(breaker.run(async () => "second", () => true)).rejects.toBeInstanceOf(CircuitOpenError);
    release();
    expect(await probe).toBe("ok");
  });
});

describe("upstream client with a circuit breaker", () => {
  useStrictNock();

  it("stops calling a failing upstream", async () => {
    const client = createUpstreamClient({ systemName, baseUrl: BASE, timeoutMs: 500, readRetries: 0, breaker: { failureThreshold: 2, openMs: 60_000 } });
    // Exactly two calls reach the upstream; a third would find no interceptor and fail differently.
    nock(BASE).get("/thing").times(2).reply(503);

    for (let attempt = 0; attempt < 3; attempt++) {
      const error = await client.getJson("/thing", z.object({})).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(ServiceError);
      expect((error as ServiceError).code).toBe("UPSTREAM_UNAVAILABLE");
      if (attempt === 2) expect((error as ServiceError).details.circuit).toBe("open");
    }
  });
});
