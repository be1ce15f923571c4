import { toAlmaty } from "../../../lib/calendar/local-date.ts";
import { formatMinutes } from "../../../lib/calendar/schedule.ts";
import { formatMessage, LANGUAGES, type Language, type LocalizedText } from "../../../lib/i18n/language.ts";
import type { Application, RefusalReceipt } from "../data/generated/client.ts";
import type { ChecklistFault } from "./intake-checklist.ts";

/** A stored receipt and the facts of its case that the receipt prints. */
export interface ReceiptFacts {
  number: string;
  issuedAt: Date;
  placeKind: string;
  placeId: string;
  employeeRole: string;
  employeeId: string;
  items: ChecklistFault[];
  applicationNumber: string;
  applicantIin: string;
}

/** Joins a stored receipt with its case into the facts a receipt prints. */
export function toReceiptFacts(receipt: RefusalReceipt, application: Pick<Application, "number" | "applicantIin">): ReceiptFacts {
  return { ...receipt, items: receipt.items as unknown as ChecklistFault[], applicationNumber: application.number, applicantIin: application.applicantIin };
}

const LINES = {
  title: { kk: "Құжаттарды қабылдаудан бас тарту туралы қолхат № {number}", ru: "Расписка об отказе в приёме документов № {number}", en: "Receipt of refusal to accept documents No. {number}" },
  issuedAt: { kk: "Берілген күні мен уақыты: {date} {time} (Астана уақыты)", ru: "Дата и время выдачи: {date} {time} (время Астаны)", en: "Issued: {date} {time} (Astana time)" },
  school: { kk: "Қабылдау орны: мектеп, БСН {id}", ru: "Место приёма: школа, БИН {id}", en: "Place: school, BIN {id}" },
  office: { kk: "Қабылдау орны: «Азаматтарға арналған үкімет» мемлекеттік корпорациясының бөлімі {id}", ru: "Место приёма: отделение Госкорпорации «Правительство для граждан» {id}", en: "Place: State Corporation \"Government for Citizens\" office {id}" },
  employee: { kk: "Қызметкер: {role} {id}", ru: "Сотрудник: {role} {id}", en: "Employee: {role} {id}" },
  applicant: { kk: "Көрсетілетін қызметті алушы: ЖСН {iin}, өтініш {case}", ru: "Услугополучатель: ИИН {iin}, заявление {case}", en: "Applicant: IIN {iin}, application {case}" },
  reasons: {
    kk: "Құжаттар топтамасы толық емес немесе құжаттың мерзімі өткен, сондықтан өтініш қабылданбады:",
    ru: "В приёме отказано, так как пакет документов неполный и (или) истёк срок действия документа:",
    en: "The application was not accepted because the package is incomplete or a document has expired:",
  },
  basis: {
    kk: "Негіз: мемлекеттік көрсетілетін қызмет стандартының 9-тармағы.",
    ru: "Основание: пункт 9 стандарта государственной услуги.",
    en: "Basis: point 9 of the public service standard.",
  },
} satisfies Record<string, LocalizedText>;

const ITEMS: Record<string, LocalizedText> = {
  "APPLICATION_FORM:MISSING": {
    kk: "мектеп басшысының атына өтініш (1-қосымша) ұсынылмаған",
    ru: "не представлено заявление на имя руководителя школы (приложение 1)",
    en: "the application to the head of the school (Appendix 1) was not handed in",
  },
  "IDENTITY_DOCUMENT:MISSING": {
    kk: "білім алушының жеке басын куәландыратын құжаты ұсынылмаған",
    ru: "не представлен документ, удостоверяющий личность обучающегося",
    en: "the student's identity document was not presented",
  },
  "IDENTITY_DOCUMENT:EXPIRED": {
    kk: "білім алушының жеке басын куәландыратын құжатының мерзімі {detail} өткен",
    ru: "истёк срок действия документа, удостоверяющего личность обучающегося ({detail})",
    en: "the student's identity document expired on {detail}",
  },
  "ORIGINAL_CERTIFICATE:MISSING": {
    kk: "түпнұсқа құжат ұсынылмаған (тегі, аты немесе әкесінің аты өзгерген және құжат бүлінген)",
    ru: "не представлен оригинал документа (изменились фамилия, имя или отчество, документ повреждён)",
    en: "the original certificate was not presented (the name changed and the certificate is damaged)",
  },
};

/** Describes one missing or expired item in a language. */
export function describeItem(fault: ChecklistFault, language: Language): string {
  const text = ITEMS[`${fault.item}:${fault.problem}`];
  return text ? formatMessage(text[language], { detail: fault.detail ?? "" }) : `${fault.item}: ${fault.problem}`;
}

/** Renders the receipt as plain lines in one language. */
export function renderReceiptLines(receipt: ReceiptFacts, language: Language): string[] {
  const { date, minutes } = toAlmaty(receipt.issuedAt);
  const place = receipt.placeKind === "SCHOOL" ? LINES.school : LINES.office;
  return [
    formatMessage(LINES.title[language], { number: receipt.number }),
    formatMessage(LINES.issuedAt[language], { date, time: formatMinutes(minutes) }),
    formatMessage(place[language], { id: receipt.placeId }),
    formatMessage(LINES.employee[language], { role: receipt.employeeRole, id: receipt.employeeId }),
    formatMessage(LINES.applicant[language], { iin: receipt.applicantIin, case: receipt.applicationNumber }),
    LINES.reasons[language],
    ...receipt.items.map((item, index) => `${index + 1}. ${describeItem(item, language)}`),
    LINES.basis[language],
  ];
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/** Renders the printable receipt: one page with the Kazakh, Russian and English texts. */
export function renderReceiptHtml(receipt: ReceiptFacts): string {
  const sections = LANGUAGES.map((language) => {
    const [title, ...rest] = renderReceiptLines(receipt, language);
    return `<section lang="${language}"><h2>${escapeHtml(title ?? "")}</h2>${rest.map((line) => `<p>${escapeHtml(line)}</p>`).join("")}</section>`;
  });
  return `<!doctype html><html><head><meta charset="utf-8"><title>${escapeHtml(receipt.number)}</title>
<style>body{font-family:serif;max-width:48rem;margin:2rem auto}section{border-bottom:1px solid #999;padding-bottom:1rem}p{margin:.3rem 0}</style>
</head><body>${sections.join("")}<p>______________________ (қолы / подпись / signature)</p></body></html>`;
}
