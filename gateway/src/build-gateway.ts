import "./telemetry-off.ts";
import { readFileSync } from "node:fs";
import { ApolloGateway } from "@apollo/gateway";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginSchemaReportingDisabled, ApolloServerPluginUsageReportingDisabled } from "@apollo/server/plugin/disabled";
import type { Logger } from "pino";
import { createErrorFormatter } from "../../lib/graphql/format-error.ts";
import { currentRequest } from "../../lib/http/request-context.ts";
import { SUPERGRAPH_PATH } from "../../scripts/supergraph.ts";
import type { GatewayContext } from "./context.ts";
import { collectEnumValues, localizeEnumError } from "./request-errors.ts";
import { SubgraphDataSource } from "./subgraph-data-source.ts";
import { telemetryDisabled } from "./telemetry-off.ts";

/**
 * Builds the Apollo Server that runs the federation gateway on the committed
 * supergraph, calling each subgraph at the URL configured for it. Apollo
 * telemetry, usage and schema reporting are all off.
 */
export function buildGatewayServer(subgraphUrls: Record<string, string>, logger: Logger): ApolloServer<GatewayContext> {
  if (!telemetryDisabled || process.env.APOLLO_TELEMETRY_DISABLED !== "1") {
    throw new Error("APOLLO_TELEMETRY_DISABLED must be 1 before the gateway is built");
  }

  const supergraphSdl = readFileSync(SUPERGRAPH_PATH, "utf8");
  const enums = collectEnumValues(supergraphSdl);
  const gateway = new ApolloGateway({
    supergraphSdl,
    logger,
    buildService: ({ name, url }) => {
      const configured = subgraphUrls[name] ?? url;
      if (!configured) throw new Error(`no URL configured for subgraph ${name}`);
      return new SubgraphDataSource(name, configured);
    },
  });

  const formatError = createErrorFormatter(logger);
  return new ApolloServer<GatewayContext>({
    gateway,
    includeStacktraceInErrorResponses: false,
    // runMain stops the whole service on SIGINT and SIGTERM; Apollo's own handler would kill the process first.
    stopOnTerminationSignals: false,
    plugins: [ApolloServerPluginUsageReportingDisabled(), ApolloServerPluginSchemaReportingDisabled()],
    formatError: (formatted, error) => localizeEnumError(formatted, error, enums, currentRequest().language) ?? formatError(formatted, error),
  });
}
