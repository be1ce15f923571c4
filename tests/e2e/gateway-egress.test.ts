import { execFileSync } from "node:child_process";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { REPO_ROOT } from "../../lib/paths.ts";
import { postGraphQL } from "../support/graphql-client.ts";
import { refusedConnections } from "../support/network-guard.ts";

describe("gateway network traffic", () => {
  it("turns Apollo telemetry off in its own code", () => {
    // A fresh Node process without the variable, importing only the gateway's first module.
    const env = { ...process.env };
    delete env.APOLLO_TELEMETRY_DISABLED;
    const value = execFileSync(
      process.execPath,
      ["--import", "tsx", "--input-type=module", "-e", `await import(${JSON.stringify(path.join(REPO_ROOT, "gateway/src/telemetry-off.ts"))}); console.log(process.env.APOLLO_TELEMETRY_DISABLED);`],
      { cwd: REPO_ROOT, env, encoding: "utf8" },
    );
    expect(value.trim()).toBe("1");
  });

  let stop: (() => Promise<void>) | undefined;
  afterAll(async () => {
    await stop?.();
  });

  it("opens no connection outside this machine while it serves queries", async () => {
    delete process.env.APOLLO_TELEMETRY_DISABLED;
    const { startSystem } = await import("../support/system.ts");
    const system = await startSystem();
    stop = system.stop;

    const answer = await postGraphQL(system.gatewayUrl, `{ schools(region: ASTANA_CITY) { bin name } person(iin: "930507379351") { lastName } }`);
    expect(answer.errors).toBeUndefined();
    expect(process.env.APOLLO_TELEMETRY_DISABLED).toBe("1");

    // Telemetry would start in the background after construction; give it time to try.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(refusedConnections).toEqual([]);
  });
});
