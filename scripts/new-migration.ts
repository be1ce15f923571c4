// Writes a new migration for one subgraph: the SQL that turns the schema.prisma
// of the last commit into the working copy's. Usage:
//   npm run db:migration -- <subgraph> <snake_case_name>
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { REPO_ROOT } from "../lib/paths.ts";

const [subgraph, name] = process.argv.slice(2);
if (!subgraph || !name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("usage: npm run db:migration -- <subgraph> <snake_case_name>");
  process.exit(2);
}

const subgraphDir = path.join(REPO_ROOT, "subgraphs", subgraph);
const schemaPath = path.join(subgraphDir, "prisma", "schema.prisma");
if (!existsSync(schemaPath)) {
  console.error(`no ${path.relative(REPO_ROOT, schemaPath)}; subgraphs with a database have one`);
  process.exit(2);
}

// The committed schema is the "from" side; a schema never committed starts from empty.
let from = ["--from-empty"];
try {
  const committed = execFileSync("git", ["show", `HEAD:${path.relative(REPO_ROOT, schemaPath)}`], { cwd: REPO_ROOT, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
  const previous = path.join(mkdtempSync(path.join(tmpdir(), "migration-")), "schema.prisma");
  writeFileSync(previous, committed);
  from = ["--from-schema-datamodel", previous];
} catch {
  // Not committed yet.
}

const sql = execFileSync("npx", ["prisma", "migrate", "diff", ...from, "--to-schema-datamodel", schemaPath, "--script"], {
  cwd: subgraphDir,
  encoding: "utf8",
  env: { ...process.env, CHECKPOINT_DISABLE: "1" },
})
  // Each subgraph's tables live in the schema its connection selects, never in "public".
  .replace(/-- CreateSchema\nCREATE SCHEMA IF NOT EXISTS "public";\n\n?/g, "");

if (!/\b(CREATE|ALTER|DROP)\b/.test(sql)) {
  console.log("schema.prisma has no change since the last commit; no migration written");
  process.exit(0);
}

const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const folder = path.join(subgraphDir, "prisma", "migrations", `${stamp}_${name}`);
mkdirSync(folder, { recursive: true });
writeFileSync(path.join(folder, "migration.sql"), sql);
console.log(`wrote ${path.relative(REPO_ROOT, folder)}/migration.sql`);
