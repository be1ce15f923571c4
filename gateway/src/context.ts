import type { Actor } from "../../lib/http/actor.ts";
import type { Language } from "../../lib/i18n/language.ts";

/** Per-request context of the gateway. */
export interface GatewayContext {
  language: Language;
  requestId: string;
  actor: Actor | null;
}
