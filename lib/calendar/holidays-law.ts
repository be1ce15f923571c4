import type { LocalizedText } from "../i18n/language.ts";

/**
 * A public holiday fixed by month and day. `moves` is true when a weekend
 * occurrence gives the next working day off (Law "On holidays in the Republic
 * of Kazakhstan", as amended in 2022). Consecutive days (Nauryz) form one
 * holiday, and its moved days follow its last day.
 */
export interface FixedHoliday {
  /** Month and day, `MM-DD`; several for a holiday of several days. */
  days: string[];
  name: LocalizedText;
  moves: boolean;
}

/** The non-working holidays that fall on the same date every year. */
export const FIXED_HOLIDAYS: FixedHoliday[] = [
  { days: ["01-01", "01-02"], moves: true, name: { kk: "Жаңа жыл", ru: "Новый год", en: "New Year" } },
  // Orthodox Christmas is a day off under the Labour Code, and it is never moved.
  { days: ["01-07"], moves: false, name: { kk: "Православиелік Рождество", ru: "Православное Рождество", en: "Orthodox Christmas" } },
  { days: ["03-08"], moves: true, name: { kk: "Халықаралық әйелдер күні", ru: "Международный женский день", en: "International Women's Day" } },
  { days: ["03-21", "03-22", "03-23"], moves: true, name: { kk: "Наурыз мейрамы", ru: "Наурыз мейрамы", en: "Nauryz" } },
  { days: ["05-01"], moves: true, name: { kk: "Қазақстан халқының бірлігі мерекесі", ru: "Праздник единства народа Казахстана", en: "Unity Day of the People of Kazakhstan" } },
  { days: ["05-07"], moves: true, name: { kk: "Отан қорғаушы күні", ru: "День защитника Отечества", en: "Defender of the Fatherland Day" } },
  { days: ["05-09"], moves: true, name: { kk: "Жеңіс күні", ru: "День Победы", en: "Victory Day" } },
  { days: ["07-06"], moves: true, name: { kk: "Астана күні", ru: "День столицы", en: "Capital Day" } },
  { days: ["08-30"], moves: true, name: { kk: "Конституция күні", ru: "День Конституции", en: "Constitution Day" } },
  { days: ["10-25"], moves: true, name: { kk: "Республика күні", ru: "День Республики", en: "Republic Day" } },
  { days: ["12-16"], moves: true, name: { kk: "Тәуелсіздік күні", ru: "День Независимости", en: "Independence Day" } },
];

/** Name of the first day of Kurban Ait, a day off that is never moved. */
export const KURBAN_AIT_NAME: LocalizedText = { kk: "Құрбан айт", ru: "Курбан айт", en: "Kurban Ait" };
