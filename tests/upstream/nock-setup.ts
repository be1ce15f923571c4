import nock from "nock";
import { afterEach, beforeEach, expect } from "vitest";

/**
 * Strict nock for a test file: no real connection except to loopback, and
 * a test fails when a mock it set up was never used.
 */
export function useStrictNock(): void {
  beforeEach(() => {
    nock.cleanAll();
    nock.disableNetConnect();
    nock.enableNetConnect(/^(127\.0\.0\.1|localhost)(:\d+)?$/);
  });
  afterEach(() => {
    const pending = nock.pendingMocks();
    nock.cleanAll();
    nock.enableNetConnect();
    expect(pending, "nock mocks that were never called").toEqual([]);
  });
}
