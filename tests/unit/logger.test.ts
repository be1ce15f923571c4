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

  it("leaves out the request options an HTTP error carries", () => {
    const lines: string[] = [];
    const sink = new Writable({ write: (chunk, _encoding, done) => (lines.push(chunk.toString()), done()) });
    const logger = createLogger("test", sink);
    logger.level = "info";
    const failure = Object.assign(new Error("Response code 503"), {
      code: "ERR_NON_2XX_3XX_RESPONSE",
      options: { body: JSON.stringify({ to: "+77084387209", text: "code 711329" }) },
      cause: new Error("socket for 950211441583 closed"),
    });

    logger.warn({ err: failure }, "upstream failed");

    const output = lines.join("");
    expect(output).not.toContain("711329");
    expect(output).not.toContain("+77084387209");
    expect(output).not.toContain("950211441583");
    const line = JSON.parse(output);
    expect(line.err.errorCode).toBe("ERR_NON_2XX_3XX_RESPONSE");
    expect(line.err.cause.message).toBe("socket for ********1583 closed");
  });
});
