import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { REPO_ROOT } from "../../lib/paths.ts";
import { postGraphQL } from "../support/graphql-client.ts";

const NAMES = ["GATEWAY_PORT", "APPLICATIONS_PORT", "IDENTITY_PORT", "DIGITAL_DOCUMENTS_PORT", "SCHOOLS_PORT", "EGOV_GATEWAY_MOCK_PORT", "SMS_GATEWAY_MOCK_PORT", "DIGITAL_DOCUMENTS_MOCK_PORT"];

async function answers(url: string): Promise<boolean> {
  try {
    await fetch(url);
    return true;
  } catch {
    return false;
  }
}

describe("npm start", () => {
  it("starts every service, seeds them and stops them all on Ctrl-C", async () => {
    // Fixed ports below Linux's ephemeral range (32768–60999), where the port-0 servers of other test files land.
    const base = 24_000 + Math.floor(Math.random() * 200) * 20;
    const ports = Object.fromEntries(NAMES.map((name, index) => [name, String(base + index)]));
    const child = spawn(process.execPath, ["--import", "tsx", path.join(REPO_ROOT, "scripts/start.ts")], {
      cwd: REPO_ROOT,
      env: { ...process.env, ...ports, DATA_DIR: mkdtempSync(path.join(tmpdir(), "start-")), LOG_LEVEL: "warn" },
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));

    try {
      // Generous: six processes compile TypeScript at start while other test files load both cores.
      const deadline = Date.now() + 240_000;
      while (!output.includes("Ctrl-C stops everything.") && child.exitCode === null && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      expect(output, `npm start did not report ready; its output:\n${output}`).toContain("Ctrl-C stops everything.");
      expect(output).toContain(`gateway            http://127.0.0.1:${ports.GATEWAY_PORT}/graphql`);
      expect(output).toContain("query Headline($id: ID!)");

      // One query that needs every subgraph and the e-government mock on the moved ports.
      const answer = await postGraphQL(`http://127.0.0.1:${ports.GATEWAY_PORT}/graphql`, `{
        schools { bin } serviceCenters { id } person(iin: "950211441583") { lastName }
        applications(applicantIin: "950211441583") { id }
      }`);
      expect(answer.errors).toBeUndefined();
      expect(answer.data?.schools.length).toBeGreaterThanOrEqual(20);
      expect(answer.data?.serviceCenters.length).toBeGreaterThanOrEqual(10);
      expect(answer.data?.person.lastName).toBe("Бекова");
      expect(answer.data?.applications).toEqual([]);
    } finally {
      // Ctrl-C in a terminal signals the whole process group.
      process.kill(-(child.pid as number), "SIGINT");
    }

    expect(await exited).toBe(0);
    for (const name of NAMES) expect(await answers(`http://127.0.0.1:${ports[name]}/health`), name).toBe(false);
  }, 300_000);
});
