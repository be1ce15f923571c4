import { HTTPError, ParseError, RequestError, TimeoutError } from "got";
import { ErrorCode } from "../errors/codes.ts";
import { ServiceError } from "../errors/service-error.ts";
import { commonMessages } from "../i18n/common-messages.ts";
import { fillLocalized, type LocalizedText } from "../i18n/language.ts";

/**
 * Converts a failed call to a state system into a typed error: a timeout,
 * an unreachable system or a 5xx status, or a body that cannot be used.
 * The original error is kept as `cause` for the log.
 */
export function toUpstreamError(error: unknown, systemName: LocalizedText): ServiceError {
  if (error instanceof ServiceError) return error;

  const build = (code: ErrorCode, text: LocalizedText) =>
    new ServiceError(code, fillLocalized(text, "system", systemName), { cause: error, details: { upstream: systemName.en } });

  if (error instanceof TimeoutError) return build(ErrorCode.UPSTREAM_TIMEOUT, commonMessages.upstreamTimeout);
  if (error instanceof ParseError) return build(ErrorCode.UPSTREAM_BAD_RESPONSE, commonMessages.upstreamBadResponse);
  // 429 means the upstream sheds load, as a 5xx does; other 4xx mean the call itself was wrong.
  if (error instanceof HTTPError && error.response.statusCode === 429) return build(ErrorCode.UPSTREAM_UNAVAILABLE, commonMessages.upstreamUnavailable);
  if (error instanceof HTTPError && error.response.statusCode < 500) {
    return build(ErrorCode.UPSTREAM_BAD_RESPONSE, commonMessages.upstreamBadResponse);
  }
  if (error instanceof RequestError) return build(ErrorCode.UPSTREAM_UNAVAILABLE, commonMessages.upstreamUnavailable);
  return build(ErrorCode.UPSTREAM_BAD_RESPONSE, commonMessages.upstreamBadResponse);
}
