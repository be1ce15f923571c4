import { z } from "zod";
import { portVariable, readEnv } from "../../lib/config/env.ts";

/** Settings of the schools subgraph, read once from the environment. */
export const schoolsConfigSchema = z.object({
  /** TCP port of the subgraph (SCHOOLS_PORT, default 4004). */
  SCHOOLS_PORT: portVariable(4004),
});
export type SchoolsConfig = z.infer<typeof schoolsConfigSchema>;

export const readSchoolsConfig = (env: NodeJS.ProcessEnv = process.env) => readEnv(schoolsConfigSchema, env);
