import type { LocalizedText } from "../../../lib/i18n/language.ts";

/** Messages of the schools subgraph. */
export const schoolsMessages = {
  schoolNotFound: {
    kk: "БСН {bin} бойынша мектеп табылмады. Мектептің БСН-ін тексеріңіз.",
    ru: "Школа с БИН {bin} не найдена. Проверьте БИН школы.",
    en: "No school with BIN {bin} was found. Check the school's BIN.",
  },
  officeNotFound: {
    kk: "«{id}» Мемлекеттік корпорация бөлімі табылмады. serviceCenters тізімінен бөлімді таңдаңыз.",
    ru: "Отделение Госкорпорации «{id}» не найдено. Выберите отделение из списка serviceCenters.",
    en: "No State Corporation office \"{id}\" was found. Pick one from the serviceCenters list.",
  },
} satisfies Record<string, LocalizedText>;
