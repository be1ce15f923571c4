import { z } from "zod";
import { portVariable, readEnv } from "../../lib/config/env.ts";
import { readRoverConfig } from "../../scripts/supergraph.ts";

/** Settings of the gateway, read once from the environment. */
export interface GatewayConfig {
  /** TCP port (GATEWAY_PORT, default 4000). */
  port: number;
  /** GraphQL URL of each subgraph by name; `SUBGRAPH_URL_<NAME>` overrides rover.yaml's routing URL. */
  subgraphUrls: Record<string, string>;
}

/** Reads the gateway's settings; subgraph URLs default to the routing URLs in rover.yaml. */
export function readGatewayConfig(env: NodeJS.ProcessEnv = process.env): GatewayConfig {
  const { GATEWAY_PORT } = readEnv(z.object({ GATEWAY_PORT: portVariable(4000) }), env);
  const subgraphUrls: Record<string, string> = {};
  for (const entry of readRoverConfig()) {
    const variable = `SUBGRAPH_URL_${entry.name.toUpperCase().replace(/-/g, "_")}`;
    const url = env[variable] || entry.routingUrl;
    if (!URL.canParse(url)) throw new Error(`invalid configuration: ${variable} is not a URL: ${url}`);
    subgraphUrls[entry.name] = url;
  }
  return { port: GATEWAY_PORT, subgraphUrls };
}
