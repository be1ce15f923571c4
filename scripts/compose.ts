// Composes schema/supergraph.graphql from rover.yaml. With --check, exits with 1
// when the committed file differs from a fresh composition instead of writing it.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { composeSupergraph, SUPERGRAPH_PATH } from "./supergraph.ts";

const supergraph = composeSupergraph();

if (process.argv.includes("--check")) {
  const committed = existsSync(SUPERGRAPH_PATH) ? readFileSync(SUPERGRAPH_PATH, "utf8") : "";
  if (committed !== supergraph) {
    console.error("schema/supergraph.graphql is out of date; run `npm run compose` and commit it");
    process.exit(1);
  }
  console.log("schema/supergraph.graphql matches a fresh composition");
} else {
  writeFileSync(SUPERGRAPH_PATH, supergraph);
  console.log("wrote schema/supergraph.graphql");
}
