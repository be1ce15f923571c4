import type { GraphQLFormattedError } from "graphql";
import type { Logger } from "pino";
import { ErrorCode } from "../errors/codes.ts";
import { ServiceError } from "../errors/service-error.ts";
import { commonMessages } from "../i18n/common-messages.ts";
import { formatMessage } from "../i18n/language.ts";
import { currentRequest } from "../http/request-context.ts";
import { renderRequestFault } from "./request-fault.ts";

/** Codes that graphql-js and Apollo Server attach to faults in the request itself. */
const REQUEST_FAULT_CODES = new Set([
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "BAD_USER_INPUT",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
  "OPERATION_RESOLUTION_FAILURE",
  "BAD_REQUEST",
]);

/**
 * Returns the error a resolver threw from the GraphQLError that wraps it.
 * Duck-typed, since graphql's CommonJS and ESM builds may both be loaded and
 * `instanceof GraphQLError` then fails.
 */
function unwrapError(error: unknown): unknown {
  const wrapped = error as { originalError?: unknown; path?: unknown } | null;
  return wrapped && typeof wrapped === "object" && wrapped.originalError && wrapped.path ? wrapped.originalError : error;
}

/**
 * Builds Apollo Server's `formatError`: a {@link ServiceError} is rendered in
 * the caller's language with its code and field; faults in the request keep
 * graphql-js's message; anything else is logged and replaced by a generic
 * INTERNAL_SERVER_ERROR that carries the request id, so no stack trace or
 * internal detail reaches the client.
 */
export function createErrorFormatter(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapError(error);
    const { language, requestId } = currentRequest();

    if (original instanceof ServiceError) {
      if (original.cause) logger.warn({ err: original.cause, errorCode: original.code }, "request failed because of another fault");
      const rendered = original.toGraphQLError(language);
      return { message: rendered.message, locations: formatted.locations, path: formatted.path, extensions: rendered.extensions };
    }

    const code = formatted.extensions?.code;
    if (formatted.extensions?.serviceName !== undefined) {
      // At the gateway: a subgraph already rendered this error for the caller; its name stays internal.
      const { stacktrace: _stacktrace, serviceName: _serviceName, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    if (typeof code === "string" && REQUEST_FAULT_CODES.has(code)) return renderRequestFault(formatted, code, language);

    logger.error({ err: original, path: formatted.path }, "unexpected error while resolving a request");
    return {
      message: formatMessage(commonMessages.internalError[language], { requestId }),
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR, requestId },
    };
  };
}
