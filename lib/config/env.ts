import { z } from "zod";

/**
 * Reads environment variables through a zod schema once, at start, and
 * fails with a message that names each invalid variable.
 */
export function readEnv<Schema extends z.ZodType>(schema: Schema, env: NodeJS.ProcessEnv = process.env): z.infer<Schema> {
  const parsed = schema.safeParse(env);
  if (parsed.success) return parsed.data;

  const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; ");
  throw new Error(`invalid configuration: ${problems}`);
}

/** A TCP port number from an environment variable, with a default. 0 picks a free port. */
export const portVariable = (fallback: number) => z.coerce.number().int().min(0).max(65535).default(fallback);

/** A positive duration in milliseconds, with a default. */
export const millisecondsVariable = (fallback: number) => z.coerce.number().int().positive().default(fallback);

/** An http:// or https:// base URL, with a default. */
export const urlVariable = (fallback: string) => z.string().url().default(fallback);
