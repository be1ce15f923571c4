import got, { HTTPError, type Got } from "got";
import type { z } from "zod";
import { ErrorCode } from "../errors/codes.ts";
import { ServiceError } from "../errors/service-error.ts";
import { commonMessages } from "../i18n/common-messages.ts";
import { fillLocalized, type LocalizedText } from "../i18n/language.ts";
import { currentRequest } from "../http/request-context.ts";
import { CircuitBreaker, CircuitOpenError, type CircuitBreakerOptions } from "./circuit-breaker.ts";
import { toUpstreamError } from "./upstream-error.ts";

/** Options of one state system's HTTP client. */
export interface UpstreamClientOptions {
  /** Name of the state system in each language, used in error messages. */
  systemName: LocalizedText;
  /** Base URL, such as `http://127.0.0.1:4101`. */
  baseUrl: string;
  /** Time allowed for one call, in milliseconds. */
  timeoutMs: number;
  /** Extra attempts for idempotent reads (GET) on network faults and 5xx; writes are never retried. */
  readRetries: number;
  /** Circuit breaker settings; one breaker guards every call of this client. */
  breaker?: CircuitBreakerOptions;
  /**
   * Passes the caller's language and `x-actor-*` headers on, for calls to the
   * product's own services; never set for state systems.
   */
  forwardCaller?: boolean;
}

/** A state system's HTTP client that returns validated bodies and throws typed errors. */
export interface UpstreamClient {
  /** GET a path and validate the JSON body; a 404 returns null. */
  getJson<T>(path: string, schema: z.ZodType<T>, options?: { headers?: Record<string, string> }): Promise<T | null>;
  /**
   * POST a JSON body and validate the JSON response. `idempotent` marks a
   * read-only call (such as a batch lookup), which may then be retried.
   */
  postJson<T>(path: string, body: unknown, schema: z.ZodType<T>, options?: { idempotent?: boolean }): Promise<T>;
}

/**
 * Creates a client for one state system on got: a timeout per call, retries
 * for idempotent calls only, a circuit breaker, the caller's request id sent
 * as `x-request-id`, and every failure turned into a typed upstream error.
 */
export function createUpstreamClient(options: UpstreamClientOptions): UpstreamClient {
  const breaker = new CircuitBreaker(options.breaker);
  const countsAgainstUpstream = (error: unknown) =>
    error instanceof ServiceError && (error.code === ErrorCode.UPSTREAM_TIMEOUT || error.code === ErrorCode.UPSTREAM_UNAVAILABLE);
  const guarded = <T>(call: () => Promise<T>): Promise<T> =>
    breaker.run(call, countsAgainstUpstream).catch((error: unknown) => {
      if (!(error instanceof CircuitOpenError)) throw error;
      throw new ServiceError(ErrorCode.UPSTREAM_UNAVAILABLE, fillLocalized(commonMessages.upstreamUnavailable, "system", options.systemName), {
        cause: error,
        details: { upstream: options.systemName.en, circuit: "open" },
      });
    });

  const http: Got = got.extend({
    prefixUrl: options.baseUrl,
    timeout: { request: options.timeoutMs },
    retry: { limit: 0 },
    hooks: {
      beforeRequest: [
        (request) => {
          const scope = currentRequest();
          request.headers["x-request-id"] = scope.requestId;
          if (!options.forwardCaller) return;
          request.headers["accept-language"] = scope.language;
          if (scope.actor) {
            request.headers["x-actor-role"] = scope.actor.role;
            request.headers["x-actor-id"] = scope.actor.id;
            if (scope.actor.org) request.headers["x-actor-org"] = scope.actor.org;
          }
        },
      ],
    },
  });

  function validate<T>(body: unknown, schema: z.ZodType<T>, path: string): T {
    const parsed = schema.safeParse(body);
    if (parsed.success) return parsed.data;
    throw new ServiceError(ErrorCode.UPSTREAM_BAD_RESPONSE, fillLocalized(commonMessages.upstreamBadResponse, "system", options.systemName), {
      cause: new Error(`unexpected body from ${path}: ${parsed.error.message}`),
      details: { upstream: options.systemName.en },
    });
  }

  // got computes 0 when a failure must not be retried. Otherwise the wait is an
  // exponential backoff (100 ms, 200 ms, …) plus up to 100 ms of jitter, or the
  // upstream's Retry-After when that is longer.
  const retryFor = (idempotent: boolean) =>
    idempotent
      ? {
          limit: options.readRetries,
          methods: ["GET", "POST"] as ("GET" | "POST")[],
          statusCodes: [429, 502, 503, 504],
          errorCodes: ["ECONNRESET", "ECONNREFUSED", "EPIPE"],
          calculateDelay: ({ attemptCount, computedValue, retryAfter }: { attemptCount: number; computedValue: number; retryAfter?: number }) =>
            computedValue === 0 ? 0 : Math.max(retryAfter ?? 0, 100 * 2 ** (attemptCount - 1) + Math.random() * 100),
        }
      : { limit: 0 };

  async function getJson<T>(path: string, schema: z.ZodType<T>, headers: Record<string, string>): Promise<T | null> {
    try {
      const body = await http.get(path.replace(/^\//, ""), { headers, retry: retryFor(true) }).json<unknown>();
      return validate(body, schema, path);
    } catch (error) {
      if (error instanceof HTTPError && error.response.statusCode === 404) return null;
      throw toUpstreamError(error, options.systemName);
    }
  }

  async function postJson<T>(path: string, body: unknown, schema: z.ZodType<T>, idempotent: boolean): Promise<T> {
    try {
      const response = await http.post(path.replace(/^\//, ""), { json: body, retry: retryFor(idempotent) }).json<unknown>();
      return validate(response, schema, path);
    } catch (error) {
      throw toUpstreamError(error, options.systemName);
    }
  }

  return {
    getJson: (path, schema, { headers = {} } = {}) => guarded(() => getJson(path, schema, headers)),
    postJson: (path, body, schema, { idempotent = false } = {}) => guarded(() => postJson(path, body, schema, idempotent)),
  };
}
