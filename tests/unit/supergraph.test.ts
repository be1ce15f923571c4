import { readFileSync } from "node:fs";
import { composeServices } from "@apollo/composition";
import { parse } from "graphql";
import { describe, expect, it } from "vitest";
import { composeSupergraph, readRoverConfig, SUPERGRAPH_PATH } from "../../scripts/supergraph.ts";

describe("supergraph composition", () => {
  it("lists the four subgraphs in rover.yaml", () => {
    expect(readRoverConfig().map((entry) => entry.name).sort()).toEqual(["applications", "digital-documents", "identity", "schools"]);
  });

  it("composes without errors and matches the committed supergraph", () => {
    expect(readFileSync(SUPERGRAPH_PATH, "utf8")).toBe(composeSupergraph());
  });

  it("reports errors for subgraphs that do not compose", () => {
    const services = readRoverConfig().map((entry) => ({ name: entry.name, url: entry.routingUrl, typeDefs: parse(readFileSync(entry.sdlFile, "utf8")) }));
    // A second subgraph that defines Person.lastName as Int cannot compose with identity's String.
    const broken = parse(`extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])
      type Person @key(fields: "iin") { iin: ID! lastName: Int }`);
    const result = composeServices([...services, { name: "broken", url: "http://127.0.0.1:1/graphql", typeDefs: broken }]);
    expect(result.errors?.length).toBeGreaterThan(0);
  });
});
