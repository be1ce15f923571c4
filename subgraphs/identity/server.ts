import { clockFromEnv, type Clock } from "../../lib/clock.ts";
import type { RunningServer } from "../../lib/http/graphql-http-server.ts";
import { createLogger } from "../../lib/logging/logger.ts";
import { startSubgraphServer } from "../../lib/graphql/subgraph-server.ts";
import { runMain } from "../../lib/process/run-main.ts";
import { createEgovGatewayClient } from "../../lib/state-systems/egov-gateway-client.ts";
import { readIdentityConfig, type IdentityConfig } from "./config.ts";
import { openIdentityDatabase } from "./data/database.ts";
import { createPersonLoader } from "./data/person-loader.ts";
import { identityResolvers, type IdentityContext } from "./resolvers/index.ts";

/** Starts the identity subgraph: migrates its access-log database, then serves. */
export async function startIdentitySubgraph(
  config: IdentityConfig,
  options: { clock?: Clock; env?: NodeJS.ProcessEnv } = {},
): Promise<RunningServer> {
  const logger = createLogger("identity");
  const clock = options.clock ?? clockFromEnv();
  const egov = createEgovGatewayClient({ baseUrl: config.EGOV_GATEWAY_URL, timeoutMs: config.EGOV_GATEWAY_TIMEOUT_MS });
  const database = await openIdentityDatabase(logger, options.env);
  const prisma = database.prisma;

  return await startSubgraphServer<IdentityContext>({
    name: "identity",
    resolvers: identityResolvers,
    buildContext: async (scope) => ({ persons: createPersonLoader({ egov, prisma, clock, actor: scope.actor }), prisma, clock, actor: scope.actor }),
    logger,
    clock,
    port: config.IDENTITY_PORT,
    onStop: () => database.close(),
  });
}

runMain(import.meta.url, () => startIdentitySubgraph(readIdentityConfig()));
