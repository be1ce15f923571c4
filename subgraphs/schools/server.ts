import { clockFromEnv, type Clock } from "../../lib/clock.ts";
import type { RunningServer } from "../../lib/http/graphql-http-server.ts";
import { startSubgraphServer } from "../../lib/graphql/subgraph-server.ts";
import { createLogger } from "../../lib/logging/logger.ts";
import { runMain } from "../../lib/process/run-main.ts";
import { readSchoolsConfig, type SchoolsConfig } from "./config.ts";
import { openSchoolsDatabase } from "./data/database.ts";
import { createSchoolLoaders, type LookupListener } from "./data/loaders.ts";
import { seedSchools } from "./data/seed.ts";
import { schoolsResolvers, type SchoolsContext } from "./resolvers/index.ts";

/** Starts the schools subgraph: migrates and seeds its database, then serves. */
export async function startSchoolsSubgraph(
  config: SchoolsConfig,
  options: { clock?: Clock; env?: NodeJS.ProcessEnv; onLookup?: LookupListener } = {},
): Promise<RunningServer> {
  const logger = createLogger("schools");
  const clock = options.clock ?? clockFromEnv();
  const database = await openSchoolsDatabase(logger, options.env);
  try {
    logger.info(await seedSchools(database.prisma), "schools and State Corporation offices seeded");
  } catch (error) {
    await database.close();
    throw error;
  }
  return await startSubgraphServer<SchoolsContext>({
    name: "schools",
    resolvers: schoolsResolvers,
    buildContext: async (scope) => ({ prisma: database.prisma, loaders: createSchoolLoaders(database.prisma, options.onLookup), clock, language: scope.language }),
    logger,
    clock,
    port: config.SCHOOLS_PORT,
    onStop: () => database.close(),
  });
}

runMain(import.meta.url, () => startSchoolsSubgraph(readSchoolsConfig()));
