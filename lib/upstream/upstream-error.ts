import { HTTPError, ParseError, RequestError, TimeoutError } from "got";
import { ErrorCode } from "../errors/codes.ts";
import { ServiceError } from "../errors/service-error.ts";
import { commonMessages } from "../i18n/common-messages.ts";
import type { LocalizedText } from "../i18n/language.ts";

/**
 * Converts a failed call to a state system into a typed error: a timeout,
 * an unreachable system or a 5xx status, or a body that cannot be used.
 * The original error is kept as `cause` for the log.
 */
export function toUpstreamError(error: unknown, systemName: LocalizedText): ServiceError {
  if (error instanceof ServiceError) return error;

  const values = (language: keyof LocalizedText) => ({ system: systemName[language] });
  const build = (code: ErrorCode, text: LocalizedText) =>
    new ServiceError(code, localize(text, values), { cause: error, details: { upstream: systemName.en } });

  if (error instanceof TimeoutError) return build(ErrorCode.UPSTREAM_TIMEOUT, commonMessages.upstreamTimeout);
  if (error instanceof ParseError) return build(ErrorCode.UPSTREAM_BAD_RESPONSE, commonMessages.upstreamBadResponse);
  if (error instanceof HTTPError && error.response.statusCode < 500) {
    return build(ErrorCode.UPSTREAM_BAD_RESPONSE, commonMessages.upstreamBadResponse);
  }
  if (error instanceof RequestError) return build(ErrorCode.UPSTREAM_UNAVAILABLE, commonMessages.upstreamUnavailable);
  return build(ErrorCode.UPSTREAM_BAD_RESPONSE, commonMessages.upstreamBadResponse);
}

/** Fills the `{system}` placeholder of each language with that language's system name. */
function localize(text: LocalizedText, values: (language: keyof LocalizedText) => { system: string }): LocalizedText {
  return {
    kk: text.kk.replace("{system}", values("kk").system),
    ru: text.ru.replace("{system}", values("ru").system),
    en: text.en.replace("{system}", values("en").system),
  };
}
