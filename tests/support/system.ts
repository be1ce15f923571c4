import { randomBytes } from "node:crypto";
import { mockControlledClock, type Clock } from "../../lib/clock.ts";
import type { RunningServer } from "../../lib/http/graphql-http-server.ts";
import { startMocks, type RunningMocks } from "../../mocks/start.ts";
import { readApplicationsConfig } from "../../subgraphs/applications/config.ts";
import { startApplicationsSubgraph, type RunningApplicationsSubgraph } from "../../subgraphs/applications/server.ts";
import { readDigitalDocumentsConfig } from "../../subgraphs/digital-documents/config.ts";
import { startDigitalDocumentsSubgraph } from "../../subgraphs/digital-documents/server.ts";
import { readIdentityConfig } from "../../subgraphs/identity/config.ts";
import { startIdentitySubgraph } from "../../subgraphs/identity/server.ts";
import { readSchoolsConfig } from "../../subgraphs/schools/config.ts";
import { startSchoolsSubgraph } from "../../subgraphs/schools/server.ts";
import { startGateway } from "../../gateway/src/server.ts";

/** The whole system started in this process on free ports. */
export interface RunningSystem {
  gatewayUrl: string;
  mocks: RunningMocks;
  subgraphs: Record<"identity" | "digital-documents" | "schools", RunningServer> & { applications: RunningApplicationsSubgraph };
  /** Environment the subgraphs were started with (database settings). */
  env: NodeJS.ProcessEnv;
  /** Database lookups the schools subgraph's loaders made, by table; a test may reset them. */
  schoolLookups: { schools: number; offices: number };
  stop(): Promise<void>;
}

/** Options of {@link startSystem}. */
export interface StartSystemOptions {
  clock?: Clock;
  /**
   * A PostgreSQL URL; each subgraph then gets a fresh schema named after this
   * run. Without it every subgraph gets a fresh in-memory PGlite database.
   */
  postgresUrl?: string;
  /** Time allowed for calls to state systems, in milliseconds. */
  upstreamTimeoutMs?: number;
  /** Runs every subgraph on the mock clock of the e-government gateway mock, as `npm start` does; ignores `clock`. */
  useMockClock?: boolean;
}

/** Schema names a PostgreSQL run created, so the test can drop them. */
export function runSchemas(env: NodeJS.ProcessEnv): string[] {
  return Object.entries(env)
    .filter(([key]) => key.startsWith("DATABASE_URL_"))
    .map(([, url]) => new URL(url as string).searchParams.get("schema") as string);
}

/**
 * Starts the mocks, the four subgraphs and the gateway on free ports with
 * fresh databases, as `npm start` does with separate processes.
 */
export async function startSystem(startOptions: StartSystemOptions = {}): Promise<RunningSystem> {
  let options = startOptions;
  const env: NodeJS.ProcessEnv = { DATA_DIR: "memory://" };
  if (options.postgresUrl) {
    const run = randomBytes(4).toString("hex");
    for (const name of ["applications", "digital-documents", "identity", "schools"]) {
      const url = new URL(options.postgresUrl);
      url.searchParams.set("schema", `test_${run}_${name.replace(/-/g, "_")}`);
      env[`DATABASE_URL_${name.toUpperCase().replace(/-/g, "_")}`] = url.toString();
    }
  }
  const timeout = String(options.upstreamTimeoutMs ?? 2000);

  // The SMS gateway mock forwards replies to the digital documents subgraph, which starts after it.
  let smsReplyWebhookUrl: string | undefined;
  const mocks = await startMocks({ egovGateway: 0, smsGateway: 0, digitalDocuments: 0 }, { smsReplyWebhookUrl: () => smsReplyWebhookUrl });
  if (options.useMockClock) options = { ...options, clock: mockControlledClock(`${mocks.egovGateway.url}/_control/clock`) };
  const schoolLookups = { schools: 0, offices: 0 };
  const schools = await startSchoolsSubgraph(readSchoolsConfig({ SCHOOLS_PORT: "0" }), {
    clock: options.clock,
    env,
    onLookup: (table) => void (schoolLookups[table] += 1),
  });
  const [identity, digitalDocuments] = await Promise.all([
    startIdentitySubgraph(readIdentityConfig({ IDENTITY_PORT: "0", EGOV_GATEWAY_URL: mocks.egovGateway.url, EGOV_GATEWAY_TIMEOUT_MS: timeout }), {
      clock: options.clock,
      env,
    }),
    startDigitalDocumentsSubgraph(
      readDigitalDocumentsConfig({
        DIGITAL_DOCUMENTS_PORT: "0",
        EGOV_GATEWAY_URL: mocks.egovGateway.url,
        SMS_GATEWAY_URL: mocks.smsGateway.url,
        DIGITAL_DOCUMENTS_SERVICE_URL: mocks.digitalDocuments.url,
        UPSTREAM_TIMEOUT_MS: timeout,
      }),
      { clock: options.clock, env },
    ),
  ]);
  const applications = await startApplicationsSubgraph(
    readApplicationsConfig({
      APPLICATIONS_PORT: "0",
      SCHOOLS_SUBGRAPH_URL: `${schools.url}/graphql`,
      IDENTITY_SUBGRAPH_URL: `${identity.url}/graphql`,
      DIGITAL_DOCUMENTS_SUBGRAPH_URL: `${digitalDocuments.url}/graphql`,
      EGOV_GATEWAY_URL: mocks.egovGateway.url,
      // Tests run the sweep themselves.
      STORAGE_SWEEP_INTERVAL_MS: "0",
      UPSTREAM_TIMEOUT_MS: timeout,
    }),
    { clock: options.clock, env },
  );

  smsReplyWebhookUrl = `${digitalDocuments.url}/sms/replies`;
  const gateway = await startGateway({
    port: 0,
    subgraphUrls: {
      applications: `${applications.url}/graphql`,
      identity: `${identity.url}/graphql`,
      "digital-documents": `${digitalDocuments.url}/graphql`,
      schools: `${schools.url}/graphql`,
    },
  });

  return {
    gatewayUrl: `${gateway.url}/graphql`,
    mocks,
    subgraphs: { applications, identity, "digital-documents": digitalDocuments, schools },
    env,
    schoolLookups,
    async stop() {
      await gateway.stop();
      await Promise.all([applications.stop(), identity.stop(), digitalDocuments.stop(), schools.stop()]);
      await mocks.stop();
    },
  };
}
