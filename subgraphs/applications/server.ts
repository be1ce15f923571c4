import { productionCalendar } from "../../lib/calendar/production-calendar.ts";
import { clockFromEnv, type Clock } from "../../lib/clock.ts";
import type { RunningServer } from "../../lib/http/graphql-http-server.ts";
import { startSubgraphServer } from "../../lib/graphql/subgraph-server.ts";
import { createLogger } from "../../lib/logging/logger.ts";
import { runMain } from "../../lib/process/run-main.ts";
import { readApplicationsConfig, type ApplicationsConfig } from "./config.ts";
import { openApplicationsDatabase } from "./data/database.ts";
import { applicationsResolvers, type ApplicationsContext } from "./resolvers/index.ts";
import { sweepStoredDuplicates } from "./domain/storage-sweep.ts";
import { createReceiptPage, RECEIPTS_PATH } from "./resolvers/receipt-page.ts";
import { createConsentDirectory } from "./upstream/consent-directory.ts";
import { createEgovGatewayClient } from "../../lib/state-systems/egov-gateway-client.ts";
import { createPeopleDirectory } from "./upstream/people-directory.ts";
import { createSchoolsDirectory } from "./upstream/schools-directory.ts";

/** The running applications subgraph, with its storage sweep at hand for tests. */
export interface RunningApplicationsSubgraph extends RunningServer {
  /** Runs the storage sweep now; returns how many cases it moved. */
  sweepStorage(): Promise<number>;
}

/**
 * Starts the applications subgraph: migrates its database, serves, and runs
 * the storage sweep at start and then every STORAGE_SWEEP_INTERVAL_MS.
 */
export async function startApplicationsSubgraph(
  config: ApplicationsConfig,
  options: { clock?: Clock; env?: NodeJS.ProcessEnv } = {},
): Promise<RunningApplicationsSubgraph> {
  const logger = createLogger("applications");
  const database = await openApplicationsDatabase(logger, options.env);
  const context: Omit<ApplicationsContext, "actor" | "language"> = {
    prisma: database.prisma,
    schools: createSchoolsDirectory({ graphqlUrl: config.SCHOOLS_SUBGRAPH_URL, timeoutMs: config.UPSTREAM_TIMEOUT_MS }),
    people: createPeopleDirectory({ graphqlUrl: config.IDENTITY_SUBGRAPH_URL, timeoutMs: config.UPSTREAM_TIMEOUT_MS }),
    consents: createConsentDirectory({ graphqlUrl: config.DIGITAL_DOCUMENTS_SUBGRAPH_URL, timeoutMs: config.UPSTREAM_TIMEOUT_MS }),
    egov: createEgovGatewayClient({ baseUrl: config.EGOV_GATEWAY_URL, timeoutMs: config.UPSTREAM_TIMEOUT_MS }),
    calendar: productionCalendar(),
    clock: options.clock ?? clockFromEnv(),
  };

  const sweepStorage = async () => {
    await context.clock.sync?.();
    return sweepStoredDuplicates(context);
  };
  const runSweep = () =>
    sweepStorage().then(
      (moved) => moved > 0 && logger.info({ moved }, "storage sweep returned duplicates to schools"),
      (error: unknown) => logger.error({ err: error }, "storage sweep failed"),
    );
  const timer = config.STORAGE_SWEEP_INTERVAL_MS > 0 ? setInterval(runSweep, config.STORAGE_SWEEP_INTERVAL_MS).unref() : undefined;

  const server = await startSubgraphServer<ApplicationsContext>({
    name: "applications",
    resolvers: applicationsResolvers,
    buildContext: async (scope) => ({ ...context, actor: scope.actor, language: scope.language }),
    logger,
    clock: context.clock,
    port: config.APPLICATIONS_PORT,
    pageRoutes: { [RECEIPTS_PATH]: createReceiptPage(database.prisma) },
    onStop: async () => {
      clearInterval(timer);
      await database.close();
    },
  });
  void runSweep();
  return { ...server, sweepStorage };
}

runMain(import.meta.url, () => startApplicationsSubgraph(readApplicationsConfig()));
