import { readFileSync } from "node:fs";
import { ApolloServer, type BaseContext } from "@apollo/server";
import {
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginSchemaReportingDisabled,
  ApolloServerPluginUsageReportingDisabled,
} from "@apollo/server/plugin/disabled";
import { buildSubgraphSchema } from "@apollo/subgraph";
import type { GraphQLResolverMap } from "@apollo/subgraph/dist/schema-helper/resolverMap.js";
import { parse } from "graphql";
import type { Logger } from "pino";
import { startGraphQLHttpServer, type JsonRoute, type PageRoute, type RunningServer } from "../http/graphql-http-server.ts";
import type { Clock } from "../clock.ts";
import type { RequestScope } from "../http/request-context.ts";
import { subgraphSdlPath } from "../paths.ts";
import { createErrorFormatter } from "./format-error.ts";

/** Options of {@link startSubgraphServer}. */
export interface SubgraphServerOptions<TContext extends BaseContext> {
  /** Subgraph name; its SDL is read from `schema/<name>.graphql`. */
  name: string;
  resolvers: GraphQLResolverMap<TContext>;
  /** Builds the per-request context, such as fresh DataLoaders. */
  buildContext: (scope: RequestScope) => Promise<TContext>;
  /** The service's clock; a remote one is synced before each request. */
  clock?: Clock;
  logger: Logger;
  port: number;
  host?: string;
  /** Cleanup after the server stops, such as closing the database. */
  onStop?: () => Promise<void>;
  /** Extra JSON routes for POST requests by path, such as a webhook. */
  postRoutes?: Record<string, JsonRoute>;
  /** Pages served for GET requests under a path prefix. */
  pageRoutes?: Record<string, PageRoute>;
}

/**
 * Starts a Federation 2 subgraph from its committed SDL and resolvers, with
 * errors rendered in the caller's language and Apollo reporting off. When it
 * cannot start, it runs `onStop` before failing.
 */
export async function startSubgraphServer<TContext extends BaseContext>(options: SubgraphServerOptions<TContext>): Promise<RunningServer> {
  const typeDefs = parse(readFileSync(subgraphSdlPath(options.name), "utf8"));
  const apollo = new ApolloServer<TContext>({
    schema: buildSubgraphSchema({ typeDefs, resolvers: options.resolvers as GraphQLResolverMap<unknown> }),
    formatError: createErrorFormatter(options.logger),
    includeStacktraceInErrorResponses: false,
    // runMain stops the whole service on SIGINT and SIGTERM; Apollo's own handler would kill the process first.
    stopOnTerminationSignals: false,
    plugins: [ApolloServerPluginUsageReportingDisabled(), ApolloServerPluginSchemaReportingDisabled(), ApolloServerPluginInlineTraceDisabled()],
  });

  try {
    return await startGraphQLHttpServer({
      name: options.name,
      apollo,
      buildContext: async (_request, scope) => {
        await options.clock?.sync?.();
        return options.buildContext(scope);
      },
      logger: options.logger,
      port: options.port,
      host: options.host,
      onStop: options.onStop,
      postRoutes: options.postRoutes,
      pageRoutes: options.pageRoutes,
    });
  } catch (error) {
    // For example a port in use: release what the service opened, such as its database.
    await options.onStop?.();
    throw error;
  }
}
