import { describe, expect, it } from "vitest";
import { formatMessage, languageFromAcceptLanguage } from "../../lib/i18n/language.ts";

describe("Accept-Language", () => {
  it.each([
    [undefined, "kk"],
    ["", "kk"],
    ["ru", "ru"],
    ["ru-RU,ru;q=0.9,en;q=0.8", "ru"],
    ["en-US,en;q=0.9", "en"],
    ["de-DE,en;q=0.5", "en"],
    ["fr", "kk"],
    ["en;q=0.2, ru;q=0.7", "ru"],
    ["ru;q=0, en", "en"],
    ["KK-kz", "kk"],
    ["*", "kk"],
  ])("%j gives %s", (header, expected) => {
    expect(languageFromAcceptLanguage(header)).toBe(expected);
  });

  it("leaves unknown placeholders in place", () => {
    expect(formatMessage("{a} and {b}", { a: 1 })).toBe("1 and {b}");
  });
});
