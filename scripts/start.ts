// Starts the whole system for development and testing: the mocked state
// systems, the four subgraphs (each with its embedded database, migrated and
// seeded) and the gateway, as separate processes bound to 127.0.0.1.
// Ctrl-C stops all of them.
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { REPO_ROOT } from "../lib/paths.ts";
import { EXAMPLE_SUBMISSION, HEADLINE_QUERY } from "./example-queries.ts";

process.env.APOLLO_TELEMETRY_DISABLED = "1";
process.env.CHECKPOINT_DISABLE = "1";

interface Service {
  name: string;
  entry: string;
  healthUrl: string;
}

const port = (variable: string, fallback: number) => Number(process.env[variable] ?? fallback);
const health = (p: number) => `http://127.0.0.1:${p}/health`;

/** Start order: each group starts after the one before is healthy. */
const GROUPS: Service[][] = [
  [{ name: "mocks", entry: "mocks/start.ts", healthUrl: health(port("EGOV_GATEWAY_MOCK_PORT", 4101)) }],
  [{ name: "schools", entry: "subgraphs/schools/server.ts", healthUrl: health(port("SCHOOLS_PORT", 4004)) }],
  [
    { name: "identity", entry: "subgraphs/identity/server.ts", healthUrl: health(port("IDENTITY_PORT", 4002)) },
    { name: "digital-documents", entry: "subgraphs/digital-documents/server.ts", healthUrl: health(port("DIGITAL_DOCUMENTS_PORT", 4003)) },
    { name: "applications", entry: "subgraphs/applications/server.ts", healthUrl: health(port("APPLICATIONS_PORT", 4001)) },
  ],
  [{ name: "gateway", entry: "gateway/src/server.ts", healthUrl: health(port("GATEWAY_PORT", 4000)) }],
];

// Every service learns where the others listen from the same ports, so moving one port moves its callers too.
const local = (variable: string, fallback: number, pathname = "") => `http://127.0.0.1:${port(variable, fallback)}${pathname}`;
const serviceEnv: NodeJS.ProcessEnv = {
  ...process.env,
  EGOV_GATEWAY_URL: process.env.EGOV_GATEWAY_URL ?? local("EGOV_GATEWAY_MOCK_PORT", 4101),
  SMS_GATEWAY_URL: process.env.SMS_GATEWAY_URL ?? local("SMS_GATEWAY_MOCK_PORT", 4102),
  DIGITAL_DOCUMENTS_SERVICE_URL: process.env.DIGITAL_DOCUMENTS_SERVICE_URL ?? local("DIGITAL_DOCUMENTS_MOCK_PORT", 4103),
  SCHOOLS_SUBGRAPH_URL: process.env.SCHOOLS_SUBGRAPH_URL ?? local("SCHOOLS_PORT", 4004, "/graphql"),
  IDENTITY_SUBGRAPH_URL: process.env.IDENTITY_SUBGRAPH_URL ?? local("IDENTITY_PORT", 4002, "/graphql"),
  DIGITAL_DOCUMENTS_SUBGRAPH_URL: process.env.DIGITAL_DOCUMENTS_SUBGRAPH_URL ?? local("DIGITAL_DOCUMENTS_PORT", 4003, "/graphql"),
  // Outside production every service follows the mock clock, which testers move through the mocks.
  MOCK_CLOCK_URL: process.env.NODE_ENV === "production" ? undefined : (process.env.MOCK_CLOCK_URL ?? local("EGOV_GATEWAY_MOCK_PORT", 4101, "/_control/clock")),
  SMS_REPLY_WEBHOOK_URL: process.env.SMS_REPLY_WEBHOOK_URL ?? local("DIGITAL_DOCUMENTS_PORT", 4003, "/sms/replies"),
  SUBGRAPH_URL_APPLICATIONS: process.env.SUBGRAPH_URL_APPLICATIONS ?? local("APPLICATIONS_PORT", 4001, "/graphql"),
  SUBGRAPH_URL_IDENTITY: process.env.SUBGRAPH_URL_IDENTITY ?? local("IDENTITY_PORT", 4002, "/graphql"),
  SUBGRAPH_URL_DIGITAL_DOCUMENTS: process.env.SUBGRAPH_URL_DIGITAL_DOCUMENTS ?? local("DIGITAL_DOCUMENTS_PORT", 4003, "/graphql"),
  SUBGRAPH_URL_SCHOOLS: process.env.SUBGRAPH_URL_SCHOOLS ?? local("SCHOOLS_PORT", 4004, "/graphql"),
};

/** Time each group of services has to become healthy; generous, since a busy machine compiles TypeScript slowly. */
const STARTUP_TIMEOUT_MS = 180_000;
const children: ChildProcess[] = [];
let stopping = false;

function launch(service: Service): ChildProcess {
  const child = spawn(process.execPath, ["--import", "tsx", path.join(REPO_ROOT, service.entry)], {
    cwd: REPO_ROOT,
    env: Object.fromEntries(Object.entries(serviceEnv).filter(([, value]) => value !== undefined)),
    stdio: ["ignore", "inherit", "inherit"],
  });
  child.on("exit", (code, signal) => {
    if (stopping) return;
    console.error(`${service.name} exited (${signal ?? `code ${code}`}); stopping the rest`);
    void stopAll(1);
  });
  children.push(child);
  return child;
}

async function waitHealthy(service: Service): Promise<void> {
  const deadline = Date.now() + STARTUP_TIMEOUT_MS;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(service.healthUrl)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${service.name} did not respond at ${service.healthUrl} within ${STARTUP_TIMEOUT_MS / 1000} s`);
}

async function stopAll(exitCode: number): Promise<void> {
  if (stopping) return;
  stopping = true;
  const running = children.filter((child) => child.exitCode === null && child.signalCode === null);
  await Promise.all(
    running.map(
      (child) =>
        new Promise<void>((resolve) => {
          const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
          child.once("exit", () => (clearTimeout(timer), resolve()));
          child.kill("SIGTERM");
        }),
    ),
  );
  process.exit(exitCode);
}

process.once("SIGINT", () => void stopAll(0));
process.once("SIGTERM", () => void stopAll(0));

try {
  for (const group of GROUPS) {
    group.forEach(launch);
    await Promise.all(group.map(waitHealthy));
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  await stopAll(1);
}

const gatewayUrl = `http://127.0.0.1:${port("GATEWAY_PORT", 4000)}/graphql`;
console.log(`
Ready.
  gateway            ${gatewayUrl}
  applications       http://127.0.0.1:${port("APPLICATIONS_PORT", 4001)}/graphql
  identity           http://127.0.0.1:${port("IDENTITY_PORT", 4002)}/graphql
  digital-documents  http://127.0.0.1:${port("DIGITAL_DOCUMENTS_PORT", 4003)}/graphql
  schools            http://127.0.0.1:${port("SCHOOLS_PORT", 4004)}/graphql
  mock e-gov gateway http://127.0.0.1:${port("EGOV_GATEWAY_MOCK_PORT", 4101)}
  mock SMS gateway   http://127.0.0.1:${port("SMS_GATEWAY_MOCK_PORT", 4102)}  (inbox: /sms/inbox/<phone>)
  mock digital docs  http://127.0.0.1:${port("DIGITAL_DOCUMENTS_MOCK_PORT", 4103)}

Submit a case with the headers x-actor-role: STATE_CORPORATION_OPERATOR,
x-actor-id: op-1 and x-actor-org: almaty-bostandyk, then ask for it with the
id it returns:

${EXAMPLE_SUBMISSION}

${HEADLINE_QUERY}

Ctrl-C stops everything.`);
