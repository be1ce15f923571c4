import path from "node:path";
import { fileURLToPath } from "node:url";

/** The repository's top folder, whatever the working directory. */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/** Path of a subgraph's SDL file in `schema/`. */
export const subgraphSdlPath = (name: string) => path.join(REPO_ROOT, "schema", `${name}.graphql`);
