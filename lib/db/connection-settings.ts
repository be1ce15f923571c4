import path from "node:path";

/** The database of one subgraph. */
export type ConnectionSettings =
  | { kind: "pglite"; /** Folder of the embedded database, or "memory://" for a throwaway one. */ dataDir: string }
  | { kind: "postgresql"; connectionString: string; /** PostgreSQL schema that holds this subgraph's tables. */ schema: string };

/**
 * Resolves a subgraph's database from the environment, in this order:
 * `DATABASE_URL_<NAME>` (name upper-cased, dashes as underscores), then
 * `DATABASE_URL` shared by all subgraphs. A URL's `?schema=` picks the
 * PostgreSQL schema; without it the schema is the subgraph name with
 * underscores. With neither variable, an embedded PGlite database lives in
 * `<DATA_DIR>/<name>` (DATA_DIR defaults to `.data` in the working folder).
 */
export function resolveConnectionSettings(name: string, env: NodeJS.ProcessEnv = process.env): ConnectionSettings {
  const envName = `DATABASE_URL_${name.toUpperCase().replace(/-/g, "_")}`;
  const raw = env[envName] || env.DATABASE_URL;

  if (!raw) {
    const base = env.DATA_DIR || ".data";
    return { kind: "pglite", dataDir: base === "memory://" ? base : path.resolve(base, name) };
  }

  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`${env[envName] ? envName : "DATABASE_URL"} is not a valid URL; expected postgresql://user@host:port/database`);
  }
  if (url.protocol !== "postgresql:" && url.protocol !== "postgres:") {
    throw new Error(`${env[envName] ? envName : "DATABASE_URL"} must start with postgresql://, received ${url.protocol}//`);
  }

  const schema = url.searchParams.get("schema") || name.replace(/-/g, "_");
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) {
    throw new Error(`PostgreSQL schema "${schema}" must be lower-case letters, digits and underscores`);
  }
  url.searchParams.delete("schema");
  return { kind: "postgresql", connectionString: url.toString(), schema };
}
