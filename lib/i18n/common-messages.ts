import type { LocalizedText } from "./language.ts";

/** Messages shared by several services. Placeholders: `{name}`. */
export const commonMessages = {
  invalidIinFormat: {
    kk: "{field}: ЖСН 12 цифрдан тұруы керек, ал «{value}» алынды. 12 цифрлы ЖСН-ді бос орынсыз енгізіңіз.",
    ru: "{field}: ИИН должен состоять из 12 цифр, получено «{value}». Введите 12-значный ИИН без пробелов.",
    en: "{field}: an IIN must be 12 digits, received \"{value}\". Enter the 12-digit IIN without spaces.",
  },
  invalidIinCheckDigit: {
    kk: "{field}: «{value}» ЖСН-інің бақылау цифры сәйкес емес. Нөмірді құжаттан қайта тексеріңіз.",
    ru: "{field}: у ИИН «{value}» неверная контрольная цифра. Сверьте номер с документом.",
    en: "{field}: IIN \"{value}\" has a wrong check digit. Check the number against the identity document.",
  },
  invalidIinNeverIssued: {
    kk: "{field}: «{value}» ЖСН-і ешқашан берілмейді (алғашқы 11 цифры бойынша бақылау цифры есептелмейді). Нөмірді құжаттан қайта тексеріңіз.",
    ru: "{field}: ИИН «{value}» не выдаётся (по первым 11 цифрам нельзя вычислить контрольную). Сверьте номер с документом.",
    en: "{field}: IIN \"{value}\" is never issued (no check digit exists for its first 11 digits). Check the number against the identity document.",
  },
  invalidBinFormat: {
    kk: "{field}: БСН 12 цифрдан тұруы керек, ал «{value}» алынды.",
    ru: "{field}: БИН должен состоять из 12 цифр, получено «{value}».",
    en: "{field}: a BIN must be 12 digits, received \"{value}\".",
  },
  invalidBinCheckDigit: {
    kk: "{field}: «{value}» БСН-інің бақылау цифры сәйкес емес. Мектептің БСН-ін тексеріңіз.",
    ru: "{field}: у БИН «{value}» неверная контрольная цифра. Проверьте БИН школы.",
    en: "{field}: BIN \"{value}\" has a wrong check digit. Check the school's BIN.",
  },
  upstreamTimeout: {
    kk: "{system} уақытында жауап бермеді. Сәлден кейін қайталап көріңіз.",
    ru: "Внешняя система не ответила вовремя: {system}. Повторите попытку позже.",
    en: "The {system} did not respond in time. Try again later.",
  },
  upstreamUnavailable: {
    kk: "{system} қазір қолжетімсіз. Сәлден кейін қайталап көріңіз.",
    ru: "Внешняя система сейчас недоступна: {system}. Повторите попытку позже.",
    en: "The {system} is unavailable now. Try again later.",
  },
  serviceUnavailable: {
    kk: "{service} қазір қолжетімсіз. Сәлден кейін қайталап көріңіз.",
    ru: "Сейчас недоступен {service}. Повторите попытку позже.",
    en: "The {service} is unavailable now. Try again later.",
  },
  upstreamBadResponse: {
    kk: "{system} түсініксіз жауап қайтарды. Сәлден кейін қайталап көріңіз.",
    ru: "Внешняя система вернула некорректный ответ: {system}. Повторите попытку позже.",
    en: "The {system} returned a response the service cannot read. Try again later.",
  },
  internalError: {
    kk: "Ішкі қате орын алды. Сұрауды қайталаңыз, қате қайталанса, {requestId} нөмірін қолдау қызметіне хабарлаңыз.",
    ru: "Произошла внутренняя ошибка. Повторите запрос; если ошибка повторится, сообщите в поддержку номер {requestId}.",
    en: "An internal error occurred. Repeat the request; if it fails again, give support the number {requestId}.",
  },
  bodyTooLarge: {
    kk: "Сұрау денесі тым үлкен: ең көбі {limit} байт. Сұрауды кішірейтіңіз.",
    ru: "Тело запроса слишком большое: не более {limit} байт. Уменьшите запрос.",
    en: "The request body is too large: at most {limit} bytes. Send a smaller request.",
  },
  invalidJsonBody: {
    kk: "Сұрау денесі жарамды JSON емес. {\"query\": \"...\", \"variables\": {...}} түрінде жіберіңіз.",
    ru: "Тело запроса — не корректный JSON. Отправьте его в виде {\"query\": \"...\", \"variables\": {...}}.",
    en: "The request body is not valid JSON. Send {\"query\": \"...\", \"variables\": {...}}.",
  },
  unknownRoute: {
    kk: "{path} мекенжайы жоқ. GraphQL /graphql мекенжайында, күй тексерісі /health мекенжайында.",
    ru: "Адреса {path} нет. GraphQL доступен по /graphql, проверка состояния — по /health.",
    en: "There is no {path}. GraphQL is served at /graphql and the health check at /health.",
  },
  invalidActorHeaders: {
    kk: "x-actor-role және x-actor-id тақырыптары қате: рөл {roles} мәндерінің бірі, азаматтың идентификаторы — ЖСН, қызметкердікі — 1–64 әріп, цифр, нүкте, сызықша немесе астыңғы сызық болуы керек. x-actor-org жіберілсе, мектеп қызметкері үшін мектептің БСН-і, оператор үшін бөлімнің коды болады.",
    ru: "Заголовки x-actor-role и x-actor-id неверны: роль — одна из {roles}, идентификатор гражданина — его ИИН, сотрудника — от 1 до 64 латинских букв, цифр, точек, дефисов или подчёркиваний. x-actor-org, если передан, — БИН школы сотрудника школы или код отделения оператора.",
    en: "The x-actor-role and x-actor-id headers are invalid: the role must be one of {roles}; a citizen's id is their IIN, and an employee's id is 1 to 64 Latin letters, digits, dots, dashes or underscores. x-actor-org, when sent, is a school clerk's school BIN or an operator's office id.",
  },
  actorRequired: {
    kk: "Бұл әрекет үшін шақырушыны көрсетіңіз: x-actor-role және x-actor-id тақырыптарын жіберіңіз.",
    ru: "Для этого действия укажите, кто обращается: передайте заголовки x-actor-role и x-actor-id.",
    en: "This action needs the caller: send the x-actor-role and x-actor-id headers.",
  },
  invalidEnumValue: {
    kk: "{field}: «{value}» мәні қабылданбайды. Рұқсат етілген мәндер: {allowed}.",
    ru: "{field}: значение «{value}» недопустимо. Допустимые значения: {allowed}.",
    en: "{field}: \"{value}\" is not an allowed value. Allowed values: {allowed}.",
  },
} satisfies Record<string, LocalizedText>;
