import type { GraphQLFormattedError } from "graphql";
import { unwrapResolverError } from "@apollo/server/errors";
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
 * Builds Apollo Server's `formatError`: a {@link ServiceError} is rendered in
 * the caller's language with its code and field; faults in the request keep
 * graphql-js's message; anything else is logged and replaced by a generic
 * INTERNAL_SERVER_ERROR that carries the request id, so no stack trace or
 * internal detail reaches the client.
 */
export function createErrorFormatter(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const { language, requestId } = currentRequest();

    if (original instanceof ServiceError) {
      if (original.cause) logger.warn({ err: original.cause, errorCode: original.code }, "request failed because of another fault");
      const rendered = original.toGraphQLError(language);
      return { message: rendered.message, locations: formatted.locations, path: formatted.path, extensions: rendered.extensions };
    }

    const code = formatted.extensions?.code;
    const fromSubgraph = formatted.extensions?.serviceName !== undefined;
    if (typeof code === "string" && REQUEST_FAULT_CODES.has(code) && !fromSubgraph) return renderRequestFault(formatted, code, language);
    if (typeof code === "string" && (code in ErrorCode || REQUEST_FAULT_CODES.has(code))) {
      // Errors a subgraph already rendered in the caller's language; the subgraph name stays internal.
      const { stacktrace: _stacktrace, serviceName: _serviceName, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }

    logger.error({ err: original, path: formatted.path }, "unexpected error while resolving a request");
    return {
      message: formatMessage(commonMessages.internalError[language], { requestId }),
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR, requestId },
    };
  };
}
