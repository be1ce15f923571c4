// Generates the Prisma client of every subgraph that keeps data. Runs after
// `npm ci` (postinstall); the clients are not committed.
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { REPO_ROOT } from "../lib/paths.ts";

const subgraphsDir = path.join(REPO_ROOT, "subgraphs");
for (const name of readdirSync(subgraphsDir)) {
  const dir = path.join(subgraphsDir, name);
  if (!existsSync(path.join(dir, "prisma", "schema.prisma"))) continue;
  execFileSync(path.join(REPO_ROOT, "node_modules", ".bin", "prisma"), ["generate"], {
    cwd: dir,
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, CHECKPOINT_DISABLE: "1" },
  });
  console.log(`generated the Prisma client of ${name}`);
}
