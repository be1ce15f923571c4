import { z } from "zod";
import { millisecondsVariable, portVariable, readEnv, urlVariable } from "../../lib/config/env.ts";

/** Settings of the applications subgraph, read once from the environment. */
export const applicationsConfigSchema = z.object({
  /** TCP port of the subgraph (APPLICATIONS_PORT, default 4001). */
  APPLICATIONS_PORT: portVariable(4001),
  /** GraphQL endpoint of the schools subgraph, to check schools and offices named in a case (SCHOOLS_SUBGRAPH_URL). */
  SCHOOLS_SUBGRAPH_URL: urlVariable("http://127.0.0.1:4004/graphql"),
  /** GraphQL endpoint of the identity subgraph, to check the applicant and the filer (IDENTITY_SUBGRAPH_URL). */
  IDENTITY_SUBGRAPH_URL: urlVariable("http://127.0.0.1:4002/graphql"),
  /** How often the storage sweep runs, in milliseconds (STORAGE_SWEEP_INTERVAL_MS, default 60000; 0 turns it off). */
  STORAGE_SWEEP_INTERVAL_MS: z.coerce.number().int().min(0).default(60_000),
  /** GraphQL endpoint of the digital documents subgraph, to check a digital identity document at intake (DIGITAL_DOCUMENTS_SUBGRAPH_URL). */
  DIGITAL_DOCUMENTS_SUBGRAPH_URL: urlVariable("http://127.0.0.1:4003/graphql"),
  /** Base URL of the e-government gateway, to verify digital signatures of portal applications (EGOV_GATEWAY_URL). */
  EGOV_GATEWAY_URL: urlVariable("http://127.0.0.1:4101"),
  /** Time allowed for one call to another service, in milliseconds (UPSTREAM_TIMEOUT_MS, default 5000). */
  UPSTREAM_TIMEOUT_MS: millisecondsVariable(5000),
});
export type ApplicationsConfig = z.infer<typeof applicationsConfigSchema>;

export const readApplicationsConfig = (env: NodeJS.ProcessEnv = process.env) => readEnv(applicationsConfigSchema, env);
