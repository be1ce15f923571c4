import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createLogger, maskDigits, maskPersonalData } from "../../lib/logging/logger.ts";

describe("personal data in logs", () => {
  it("masks IINs and phones inside free text", () => {
    const text = "GET http://egov/bmg/phones/950211441583 failed; phone +77084387209";
    const masked = maskPersonalData(text);
    expect(masked).not.toContain("950211441583");
    expect(masked).not.toContain("+77084387209");
    expect(masked).toContain("********1583");
  });

  it("keeps only the last four digits", () => {
    expect(maskDigits("950211441583")).toBe("********1583");
    expect(maskDigits("12")).toBe("****");
  });
});

describe("createLogger", () => {
  it("redacts named fields and masks errors", () => {
    const lines: string[] = [];
    const sink = new Writable({ write: (chunk, _encoding, done) => (lines.push(chunk.toString()), done()) });
    const logger = createLogger("test", sink);
    logger.level = "info";

    logger.info({ iin: "950211441583", applicant: { phone: "+77084387209" }, err: new Error("lookup of 950211441583 failed") }, "lookup failed");

    const line = JSON.parse(lines.join(""));
    expect(line.msg).toBe("lookup failed");
    expect(line.component).toBe("test");
    expect(line.iin).toBe("[redacted]");
    expect(line.applicant.phone).toBe("[redacted]");
    expect(line.err.message).toBe("lookup of ********1583 failed");
    expect(line.err.stack).not.toContain("950211441583");
  });
});
