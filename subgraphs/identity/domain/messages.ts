import type { LocalizedText } from "../../../lib/i18n/language.ts";

/** Messages of the identity subgraph. */
export const identityMessages = {
  personNotFound: {
    kk: "ЖСН {iin} бойынша адам «Жеке тұлғалар» мемлекеттік деректер қорында табылмады. ЖСН-ді тексеріңіз.",
    ru: "Человек с ИИН {iin} не найден в государственной базе данных «Физические лица». Проверьте ИИН.",
    en: "No person with IIN {iin} is on record in the state database of individuals. Check the IIN.",
  },
} satisfies Record<string, LocalizedText>;
