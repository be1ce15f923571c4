import { readFileSync } from "node:fs";
import path from "node:path";
import { composeServices } from "@apollo/composition";
import { parse } from "graphql";
import { parse as parseYaml } from "yaml";
import { z } from "zod";
import { REPO_ROOT } from "../lib/paths.ts";

/** Path of the committed supergraph. */
export const SUPERGRAPH_PATH = path.join(REPO_ROOT, "schema", "supergraph.graphql");

const roverConfigSchema = z.object({
  federation_version: z.string().optional(),
  subgraphs: z.record(z.string(), z.object({ routing_url: z.string().url(), schema: z.object({ file: z.string() }) })),
});

/** One subgraph as `rover.yaml` lists it. */
export interface SubgraphEntry {
  name: string;
  routingUrl: string;
  sdlFile: string;
}

/** Reads the subgraphs of `rover.yaml`, with schema paths made absolute. */
export function readRoverConfig(file = path.join(REPO_ROOT, "rover.yaml")): SubgraphEntry[] {
  const parsed = roverConfigSchema.parse(parseYaml(readFileSync(file, "utf8")));
  return Object.entries(parsed.subgraphs).map(([name, entry]) => ({
    name,
    routingUrl: entry.routing_url,
    sdlFile: path.resolve(path.dirname(file), entry.schema.file),
  }));
}

/** Composes the supergraph SDL from `rover.yaml`; throws with every composition error. */
export function composeSupergraph(): string {
  const services = readRoverConfig().map((entry) => ({
    name: entry.name,
    url: entry.routingUrl,
    typeDefs: parse(readFileSync(entry.sdlFile, "utf8")),
  }));

  const result = composeServices(services);
  if (result.errors) {
    throw new Error(`composition failed:\n${result.errors.map((error) => `- ${error.message}`).join("\n")}`);
  }
  return result.supergraphSdl;
}
