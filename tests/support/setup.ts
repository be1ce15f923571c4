import { afterAll, expect } from "vitest";
import { installNetworkGuard, refusedConnections } from "./network-guard.ts";

// Every test file runs with connections outside this machine refused, and
// fails if anything tried to open one.
installNetworkGuard();

afterAll(() => {
  expect(refusedConnections, "connections attempted to hosts outside this machine").toEqual([]);
});
