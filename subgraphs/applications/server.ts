import { productionCalendar } from "../../lib/calendar/production-calendar.ts";
import { clockFromEnv, type Clock } from "../../lib/clock.ts";
import type { RunningServer } from "../../lib/http/graphql-http-server.ts";
import { startSubgraphServer } from "../../lib/graphql/subgraph-server.ts";
import { createLogger } from "../../lib/logging/logger.ts";
import { runMain } from "../../lib/process/run-main.ts";
import { readApplicationsConfig, type ApplicationsConfig } from "./config.ts";
import { openApplicationsDatabase } from "./data/database.ts";
import { applicationsResolvers, type ApplicationsContext } from "./resolvers/index.ts";
import { createPeopleDirectory } from "./upstream/people-directory.ts";
import { createSchoolsDirectory } from "./upstream/schools-directory.ts";

/** Starts the applications subgraph: migrates its database, then serves. */
export async function startApplicationsSubgraph(
  config: ApplicationsConfig,
  options: { clock?: Clock; env?: NodeJS.ProcessEnv } = {},
): Promise<RunningServer> {
  const logger = createLogger("applications");
  const database = await openApplicationsDatabase(logger, options.env);
  const context: Omit<ApplicationsContext, "actor"> = {
    prisma: database.prisma,
    schools: createSchoolsDirectory({ graphqlUrl: config.SCHOOLS_SUBGRAPH_URL, timeoutMs: config.UPSTREAM_TIMEOUT_MS }),
    people: createPeopleDirectory({ graphqlUrl: config.IDENTITY_SUBGRAPH_URL, timeoutMs: config.UPSTREAM_TIMEOUT_MS }),
    calendar: productionCalendar(),
    clock: options.clock ?? clockFromEnv(),
  };

  return await startSubgraphServer<ApplicationsContext>({
    name: "applications",
    resolvers: applicationsResolvers,
    buildContext: async (scope) => ({ ...context, actor: scope.actor }),
    logger,
    clock: context.clock,
    port: config.APPLICATIONS_PORT,
    onStop: () => database.close(),
  });
}

runMain(import.meta.url, () => startApplicationsSubgraph(readApplicationsConfig()));
