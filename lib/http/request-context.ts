import { AsyncLocalStorage } from "node:async_hooks";
import { randomUUID } from "node:crypto";
import { DEFAULT_LANGUAGE, type Language } from "../i18n/language.ts";
import type { Actor } from "./actor.ts";

/** Facts about the request being served, readable anywhere below its handler. */
export interface RequestScope {
  /** Id passed between the gateway, subgraphs and state systems in `x-request-id`. */
  requestId: string;
  /** Language of messages for this caller, from Accept-Language. */
  language: Language;
  /** The caller, from `x-actor-role` and `x-actor-id`; null when not given. */
  actor: Actor | null;
}

const storage = new AsyncLocalStorage<RequestScope>();

/** Runs `work` with the given request scope visible to {@link currentRequest}. */
export function runInRequest<T>(scope: RequestScope, work: () => T): T {
  return storage.run(scope, work);
}

/** Returns the scope of the request being served, or a default outside a request. */
export function currentRequest(): RequestScope {
  return storage.getStore() ?? { requestId: "none", language: DEFAULT_LANGUAGE, actor: null };
}

/** Returns the incoming `x-request-id` when it is a sane token, else a new UUID. */
export function requestIdFrom(header: string | string[] | undefined): string {
  const value = Array.isArray(header) ? header[0] : header;
  return value && /^[\w.-]{1,100}$/.test(value) ? value : randomUUID();
}
