import type { LocalizedText } from "../../../lib/i18n/language.ts";

/** Messages and SMS texts of the digital documents subgraph. */
export const consentMessages = {
  smsText: {
    kk: "Көрсетілетін қызметті берушіге {document} құжатын беруге келісім коды: {code}. Мақсаты: {purpose}. Код {minutes} минут жарамды. Кодты қызметкерге айтыңыз немесе осы SMS-ке кодпен жауап беріңіз. Кодты басқа ешкімге айтпаңыз.",
    ru: "Код согласия на передачу документа «{document}» услугодателю: {code}. Цель: {purpose}. Код действует {minutes} мин. Назовите код сотруднику или ответьте на это SMS кодом. Больше никому не сообщайте код.",
    en: "Consent code to release your {document} to the service provider: {code}. Purpose: {purpose}. Valid for {minutes} minutes. Tell the code to the employee or reply to this SMS with it. Do not share it with anyone else.",
  },
  signingSmsText: {
    kk: "egov.kz порталындағы өтінішке қол қою коды: {code}. Мақсаты: {purpose}. Код {minutes} минут жарамды. Кодты ешкімге айтпаңыз.",
    ru: "Код для подписания заявления на портале egov.kz: {code}. Цель: {purpose}. Код действует {minutes} мин. Никому не сообщайте код.",
    en: "Code to sign your application on the egov.kz portal: {code}. Purpose: {purpose}. Valid for {minutes} minutes. Do not share it.",
  },
  requestNotAllowed: {
    kk: "Келісімді мектеп немесе Мемлекеттік корпорация қызметкері, ал өз құжатына азаматтың өзі сұрайды; өтінішке қол қою кодын тек өтініш берушінің өзі сұрайды.",
    ru: "Согласие запрашивает сотрудник школы или Госкорпорации, а на свой документ — сам гражданин; код подписи заявления запрашивает только сам заявитель.",
    en: "A consent is requested by a school or State Corporation employee, or by citizens for their own document; a signing code only by the filer themselves.",
  },
  resendTooSoon: {
    kk: "Кодты қайта жіберуге {seconds} секундтан кейін болады.",
    ru: "Повторно отправить код можно через {seconds} с.",
    en: "The code can be sent again in {seconds} s.",
  },
  tooManyCodes: {
    kk: "ЖСН {iin} иесіне соңғы сағатта тым көп код жіберілді. {minutes} минуттан кейін қайталаңыз.",
    ru: "Владельцу ИИН {iin} за последний час отправлено слишком много кодов. Повторите через {minutes} мин.",
    en: "Too many codes were sent to the owner of IIN {iin} in the last hour. Try again in {minutes} min.",
  },
  notYourConsent: {
    kk: "Бұл келісім басқа қызметкерге немесе азаматқа берілген. Құжат тек келісімді сұраған адамға беріледі.",
    ru: "Это согласие выдано другому сотруднику или гражданину. Документ выдаётся только тому, кто запросил согласие.",
    en: "This consent was given to another employee or citizen. The document is released only to whoever requested the consent.",
  },
  accessLogOwnerOnly: {
    kk: "Деректерге қол жеткізу журналын тек оның иесі көре алады: азамат ретінде өз ЖСН-іңізбен кіріңіз.",
    ru: "Журнал доступа к данным может читать только их владелец: обратитесь как гражданин со своим ИИН.",
    en: "Only the owner can read their data access log: call as a citizen with your own IIN.",
  },
  ownerNotFound: {
    kk: "ЖСН {iin} бойынша құжат иесі табылмады. ЖСН-ді тексеріңіз.",
    ru: "Владелец документа с ИИН {iin} не найден. Проверьте ИИН.",
    en: "No document owner with IIN {iin} is on record. Check the IIN.",
  },
  noRegisteredPhone: {
    kk: "ЖСН {iin} иесінің egov.kz-те тіркелген ұялы телефоны жоқ, сондықтан бір реттік парольмен келісім беру мүмкін емес. Жеке басын куәландыратын қағаз құжатты қызметкерге көрсетіңіз.",
    ru: "У владельца ИИН {iin} нет мобильного номера, зарегистрированного на egov.kz, поэтому согласие одноразовым паролем невозможно. Предъявите сотруднику бумажный документ, удостоверяющий личность.",
    en: "The owner of IIN {iin} has no mobile number registered on egov.kz, so consent by one-time password is not possible. Show the employee a paper identity document instead.",
  },
  purposeInvalid: {
    kk: "purpose: мақсатты 3–200 таңбамен жазыңыз.",
    ru: "purpose: укажите цель от 3 до 200 символов.",
    en: "purpose: state the purpose in 3 to 200 characters.",
  },
  consentNotFound: {
    kk: "{id} келісімі табылмады. Жаңа келісім сұраңыз.",
    ru: "Согласие {id} не найдено. Запросите новое согласие.",
    en: "Consent {id} was not found. Request a new consent.",
  },
  codeFormat: {
    kk: "code: код 6 цифрдан тұруы керек. SMS-тегі кодты бос орынсыз енгізіңіз.",
    ru: "code: код должен состоять из 6 цифр. Введите код из SMS без пробелов.",
    en: "code: the code must be 6 digits. Enter the code from the SMS without spaces.",
  },
  codeWrong: {
    kk: "Код сәйкес емес. Тағы {attemptsLeft} рет енгізуге болады.",
    ru: "Код не подходит. Осталось попыток: {attemptsLeft}.",
    en: "The code does not match. Attempts left: {attemptsLeft}.",
  },
  consentLocked: {
    kk: "Қате код тым көп енгізілгендіктен келісім бұғатталды. Жаңа келісім сұраңыз.",
    ru: "Согласие заблокировано после слишком многих неверных кодов. Запросите новое согласие.",
    en: "The consent is locked after too many wrong codes. Request a new consent.",
  },
  consentExpired: {
    kk: "Кодтың немесе келісімнің мерзімі өтті. Расталмаған келісімге resendConsentCode арқылы жаңа код жіберіңіз, әйтпесе жаңа келісім сұраңыз.",
    ru: "Срок кода или согласия истёк. Для неподтверждённого согласия отправьте новый код через resendConsentCode, иначе запросите новое согласие.",
    en: "The code or the consent has expired. For an unconfirmed consent send a new code with resendConsentCode; otherwise request a new consent.",
  },
  consentAlreadyGranted: {
    kk: "Бұл келісім бұрын расталған, кодты қайта қолдануға болмайды.",
    ru: "Это согласие уже подтверждено; код нельзя использовать повторно.",
    en: "This consent is already confirmed; its code cannot be used again.",
  },
  consentNotGranted: {
    kk: "Құжат иесі келісімді әлі растаған жоқ. Алдымен confirmConsent арқылы SMS-тегі кодты енгізіңіз.",
    ru: "Владелец ещё не подтвердил согласие. Сначала введите код из SMS через confirmConsent.",
    en: "The owner has not confirmed the consent yet. Enter the code from the SMS with confirmConsent first.",
  },
  documentNotFound: {
    kk: "Цифрлық құжаттар сервисінде иесінің {kind} құжаты жоқ. Қағаз құжатты ұсыныңыз.",
    ru: "В сервисе цифровых документов нет документа {kind} владельца. Предъявите бумажный документ.",
    en: "The digital documents service holds no {kind} for this owner. Present the paper document instead.",
  },
} satisfies Record<string, LocalizedText>;

/** Names of document kinds in SMS texts. */
export const documentKindNames: Record<string, LocalizedText> = {
  IDENTITY_CARD: { kk: "жеке куәлік", ru: "удостоверение личности", en: "identity card" },
  PASSPORT: { kk: "төлқұжат", ru: "паспорт", en: "passport" },
  BIRTH_CERTIFICATE: { kk: "туу туралы куәлік", ru: "свидетельство о рождении", en: "birth certificate" },
};
