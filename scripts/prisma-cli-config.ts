import path from "node:path";
import { defineConfig } from "prisma/config";

// The Prisma CLI resolves the datasource URL even for offline commands
// (generate, migrate diff); a placeholder keeps it from downloading an engine.
process.env.PRISMA_CLI_DATABASE_URL ??= "postgresql://postgres@127.0.0.1:5432/postgres";
process.env.CHECKPOINT_DISABLE ??= "1";

type CliAdapter = Awaited<ReturnType<NonNullable<Extract<Parameters<typeof defineConfig>[0], { engine: "js" }>["adapter"]>>>;

/**
 * Builds the Prisma CLI settings of one subgraph: the JavaScript engine and an
 * in-memory PGlite adapter, so `generate` and `migrate diff` run offline with
 * no native engine. Migrations are applied by the subgraph itself at start.
 */
export function prismaCliConfig(prismaFolder: string) {
  return defineConfig({
    engine: "js",
    experimental: { adapter: true },
    schema: path.join(prismaFolder, "schema.prisma"),
    migrations: { path: path.join(prismaFolder, "migrations") },
    // pglite-prisma-adapter 0.6 is typed against an older @prisma/driver-adapter-utils
    // than the CLI's; the runtime interface is the same.
    adapter: (async () => {
      const { PGlite } = await import("@electric-sql/pglite");
      const { PrismaPGlite } = await import("pglite-prisma-adapter");
      return new PrismaPGlite(new PGlite());
    }) as unknown as () => Promise<CliAdapter>,
  });
}
