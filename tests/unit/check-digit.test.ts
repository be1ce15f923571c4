import { describe, expect, it } from "vitest";
import { computeCheckDigit, findIdentifierProblem, isValidIdentifier } from "../../lib/identifiers/check-digit.ts";
import { loadCitizens, loadUnknownIins } from "../../mocks/fixtures/citizens.ts";

describe("IIN and BIN check digit", () => {
  it.each(["900115300013", "050720600429", "851231412342", "000229500078", "780308401006"])("accepts valid %s", (value) => {
    expect(findIdentifierProblem(value)).toBeNull();
  });

  it("needs the second weights for 780308401006", () => {
    const digits = [..."78030840100"].map(Number);
    expect(digits.reduce((sum, digit, index) => sum + digit * (index + 1), 0) % 11).toBe(10);
    expect(computeCheckDigit("78030840100")).toBe(6);
  });

  it("rejects a wrong check digit", () => {
    expect(findIdentifierProblem("900115300014")).toBe("CHECK_DIGIT");
  });

  it.each([..."0123456789"])("rejects 78030840102%s, never issued", (last) => {
    expect(findIdentifierProblem(`78030840102${last}`)).toBe("NEVER_ISSUED");
  });

  it.each(["", "90011530001", "9001153000133", "90011530001a", " 900115300013", "９００１１５３０００１３"])("rejects malformed %j", (value) => {
    expect(findIdentifierProblem(value)).toBe("FORMAT");
  });

  it("accepts exactly one last digit for every issued prefix", () => {
    // A sweep over 20,000 prefixes: each has one valid 12th digit, or none when both passes give 10.
    for (let n = 0; n < 20_000; n++) {
      const prefix = String(80_000_000_000 + n * 7_919).padStart(11, "0").slice(-11);
      const accepted = [..."0123456789"].filter((last) => isValidIdentifier(prefix + last));
      const expected = computeCheckDigit(prefix);
      expect(accepted).toEqual(expected === null ? [] : [String(expected)]);
    }
  });

  it("accepts every IIN of the mock citizens and rejects the invalid fixtures", () => {
    for (const citizen of loadCitizens()) expect(isValidIdentifier(citizen.iin), citizen.iin).toBe(true);
    const unknown = loadUnknownIins();
    for (const iin of unknown.validButNotRegistered) expect(isValidIdentifier(iin), iin).toBe(true);
    for (const iin of [...unknown.invalidCheckDigit, ...unknown.neverIssued]) expect(isValidIdentifier(iin), iin).toBe(false);
  });
});
