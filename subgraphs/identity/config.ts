import { z } from "zod";
import { millisecondsVariable, portVariable, readEnv, urlVariable } from "../../lib/config/env.ts";

/** Settings of the identity subgraph, read once from the environment. */
export const identityConfigSchema = z.object({
  /** TCP port of the subgraph (IDENTITY_PORT, default 4002). */
  IDENTITY_PORT: portVariable(4002),
  /** Base URL of the e-government gateway (EGOV_GATEWAY_URL, default the local mock). */
  EGOV_GATEWAY_URL: urlVariable("http://127.0.0.1:4101"),
  /** Time allowed for one gateway call in milliseconds (EGOV_GATEWAY_TIMEOUT_MS, default 5000). */
  EGOV_GATEWAY_TIMEOUT_MS: millisecondsVariable(5000),
});
export type IdentityConfig = z.infer<typeof identityConfigSchema>;

export const readIdentityConfig = (env: NodeJS.ProcessEnv = process.env) => readEnv(identityConfigSchema, env);
