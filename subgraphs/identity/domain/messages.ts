import type { LocalizedText } from "../../../lib/i18n/language.ts";

/** Messages of the identity subgraph. */
export const identityMessages = {
  personNotFound: {
    kk: "ЖСН {iin} бойынша адам «Жеке тұлғалар» мемлекеттік деректер қорында табылмады. ЖСН-ді тексеріңіз.",
    ru: "Человек с ИИН {iin} не найден в государственной базе данных «Физические лица». Проверьте ИИН.",
    en: "No person with IIN {iin} is on record in the state database of individuals. Check the IIN.",
  },
  accessLogOwnerOnly: {
    kk: "Деректерге қол жеткізу журналын тек оның иесі көре алады: азамат ретінде өз ЖСН-іңізбен кіріңіз.",
    ru: "Журнал доступа к данным может читать только их владелец: обратитесь как гражданин со своим ИИН.",
    en: "Only the owner can read their data access log: call as a citizen with your own IIN.",
  },
} satisfies Record<string, LocalizedText>;
