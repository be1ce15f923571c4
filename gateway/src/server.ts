import "./telemetry-off.ts";
import { startGraphQLHttpServer, type RunningServer } from "../../lib/http/graphql-http-server.ts";
import { createLogger } from "../../lib/logging/logger.ts";
import { runMain } from "../../lib/process/run-main.ts";
import { buildGatewayServer } from "./build-gateway.ts";
import { readGatewayConfig, type GatewayConfig } from "./config.ts";
import { createPagePassThrough } from "./page-pass-through.ts";

/** Starts the gateway on 127.0.0.1 with `/graphql` and `/health`. */
export function startGateway(config: GatewayConfig): Promise<RunningServer> {
  const logger = createLogger("gateway");
  return startGraphQLHttpServer({
    name: "gateway",
    apollo: buildGatewayServer(config.subgraphUrls, logger),
    buildContext: async (_request, scope) => ({ language: scope.language, requestId: scope.requestId, actor: scope.actor }),
    logger,
    port: config.port,
    // Printable refusal receipts live in the applications subgraph; the gateway passes them on.
    pageRoutes: { "/receipts/": createPagePassThrough(new URL(config.subgraphUrls.applications ?? "http://127.0.0.1:4001/graphql").origin) },
  });
}

runMain(import.meta.url, () => startGateway(readGatewayConfig()));
