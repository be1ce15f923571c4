import { systemClock, type Clock } from "../../lib/clock.ts";
import type { RunningServer } from "../../lib/http/graphql-http-server.ts";
import { createLogger } from "../../lib/logging/logger.ts";
import { startSubgraphServer } from "../../lib/graphql/subgraph-server.ts";
import { runMain } from "../../lib/process/run-main.ts";
import { createEgovGatewayClient } from "../../lib/state-systems/egov-gateway-client.ts";
import { readIdentityConfig, type IdentityConfig } from "./config.ts";
import { createPersonLoader } from "./data/person-loader.ts";
import { identityResolvers, type IdentityContext } from "./resolvers/index.ts";

/** Starts the identity subgraph. */
export function startIdentitySubgraph(config: IdentityConfig, clock: Clock = systemClock): Promise<RunningServer> {
  const logger = createLogger("identity");
  const egov = createEgovGatewayClient({ baseUrl: config.EGOV_GATEWAY_URL, timeoutMs: config.EGOV_GATEWAY_TIMEOUT_MS });

  return startSubgraphServer<IdentityContext>({
    name: "identity",
    resolvers: identityResolvers,
    buildContext: async () => ({ persons: createPersonLoader(egov), clock }),
    logger,
    port: config.IDENTITY_PORT,
  });
}

runMain(import.meta.url, () => startIdentitySubgraph(readIdentityConfig()));
