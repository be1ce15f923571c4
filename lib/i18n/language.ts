/** Languages in which citizens and clerks read messages; Kazakh is the default. */
export const LANGUAGES = ["kk", "ru", "en"] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = "kk";

/** Text in each language a citizen or clerk may read. */
export type LocalizedText = Record<Language, string>;

/**
 * Picks the language from an Accept-Language header value by its quality
 * weights ("ru-RU,ru;q=0.9,en;q=0.8" gives "ru"). Unknown or missing values
 * give Kazakh.
 */
export function languageFromAcceptLanguage(header: string | null | undefined): Language {
  if (!header) return DEFAULT_LANGUAGE;

  const ranked = header
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().split(";");
      const qParam = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      const quality = qParam ? Number(qParam.slice(2)) : 1;
      return { primary: tag.trim().toLowerCase().split("-")[0] ?? "", quality: Number.isFinite(quality) ? quality : 0, index };
    })
    .filter((entry) => entry.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index);

  for (const entry of ranked) {
    if ((LANGUAGES as readonly string[]).includes(entry.primary)) return entry.primary as Language;
  }
  return DEFAULT_LANGUAGE;
}

/** Replaces `{name}` placeholders in a message template with the given values. */
export function formatMessage(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in values ? String(values[name]) : match));
}

/**
 * Fills one placeholder with a value that differs per language, such as the
 * name of a state system, and returns the text in every language.
 */
export function fillLocalized(text: LocalizedText, placeholder: string, value: LocalizedText): LocalizedText {
  const token = `{${placeholder}}`;
  return { kk: text.kk.replaceAll(token, value.kk), ru: text.ru.replaceAll(token, value.ru), en: text.en.replaceAll(token, value.en) };
}
