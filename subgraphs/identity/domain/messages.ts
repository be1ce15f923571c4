import type { LocalizedText } from "../../../lib/i18n/language.ts";

/** Messages of the identity subgraph. */
export const identityMessages = {
  personNotFound: {
    kk: "ЖСН {iin} бойынша адам «Жеке тұлғалар» мемлекеттік деректер қорында табылмады. ЖСН-ді тексеріңіз.",
    ru: "Человек с ИИН {iin} не найден в государственной базе данных «Физические лица». Проверьте ИИН.",
    en: "No person with IIN {iin} is on record in the state database of individuals. Check the IIN.",
  },
  documentsForbidden: {
    kk: "Құжат нөмірлерін тек мектеп пен Мемлекеттік корпорация қызметкерлері, адамның өзі және оның өкілі көре алады; басқаларға олар тек келісіммен беріледі.",
    ru: "Номера документов видят только сотрудники школ и Госкорпорации, сам человек и его представитель; другим они выдаются только с согласия.",
    en: "Document numbers are shown only to school and State Corporation employees, the person and their representative; others get them only by consent.",
  },
  accessLogOwnerOnly: {
    kk: "Деректерге қол жеткізу журналын тек оның иесі көре алады: азамат ретінде өз ЖСН-іңізбен кіріңіз.",
    ru: "Журнал доступа к данным может читать только их владелец: обратитесь как гражданин со своим ИИН.",
    en: "Only the owner can read their data access log: call as a citizen with your own IIN.",
  },
} satisfies Record<string, LocalizedText>;
