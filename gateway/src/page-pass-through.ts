import type { PageRoute } from "../../lib/http/graphql-http-server.ts";
import { commonMessages } from "../../lib/i18n/common-messages.ts";
import { formatMessage } from "../../lib/i18n/language.ts";
import { SERVICE_NAMES } from "./subgraph-data-source.ts";

/**
 * Serves a page from a subgraph under the same path, such as a printable
 * receipt, so that clients need only the gateway's address.
 */
export function createPagePassThrough(subgraphOrigin: string, prefix = "/receipts/"): PageRoute {
  return async (rest, scope) => {
    try {
      const response = await fetch(`${subgraphOrigin}${prefix}${encodeURIComponent(rest)}`, {
        headers: { "accept-language": scope.language, "x-request-id": scope.requestId },
        signal: AbortSignal.timeout(5000),
      });
      return { status: response.status, contentType: response.headers.get("content-type") ?? "text/plain; charset=utf-8", body: await response.text() };
    } catch {
      const service = SERVICE_NAMES.applications?.[scope.language] ?? "applications";
      return { status: 502, contentType: "text/plain; charset=utf-8", body: formatMessage(commonMessages.serviceUnavailable[scope.language], { service }) };
    }
  };
}
