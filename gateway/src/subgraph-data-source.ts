import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from "@apollo/gateway";
import type { GatewayContext } from "./context.ts";

/**
 * Calls one subgraph, passing on the caller's language and the request id,
 * so that subgraph messages come in the caller's language and logs of one
 * request can be joined.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    if (!("language" in context)) return;
    request.http?.headers.set("accept-language", context.language);
    request.http?.headers.set("x-request-id", context.requestId);
  }
}
