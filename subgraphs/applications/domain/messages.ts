import type { LocalizedText } from "../../../lib/i18n/language.ts";

/** Messages of the applications subgraph. */
export const applicationMessages = {
  applicationNotFound: {
    kk: "{id} өтініші табылмады.",
    ru: "Заявление {id} не найдено.",
    en: "Application {id} was not found.",
  },
  applicationNumberNotFound: {
    kk: "{number} нөмірлі өтініш табылмады. Нөмірді қолхаттан тексеріңіз.",
    ru: "Заявление с номером {number} не найдено. Сверьте номер с распиской.",
    en: "No application has the number {number}. Check the number on the receipt.",
  },
  schoolNotFound: {
    kk: "input.schoolBin: БСН {bin} бойынша мектеп табылмады. Құжатты берген мектептің БСН-ін енгізіңіз.",
    ru: "input.schoolBin: школа с БИН {bin} не найдена. Укажите БИН школы, выдавшей документ.",
    en: "input.schoolBin: no school with BIN {bin} was found. Enter the BIN of the school that issued the document.",
  },
  levelNotTaught: {
    kk: "input.documentKind: {bin} мектебі {level} бере алмайды, себебі онда бұл деңгейде оқытпайды. Құжатты берген мектепті таңдаңыз.",
    ru: "input.documentKind: школа {bin} не выдаёт {level}, так как не ведёт этот уровень обучения. Выберите школу, выдавшую документ.",
    en: "input.documentKind: school {bin} does not issue the {level} because it does not teach that level. Pick the school that issued the document.",
  },
  officeNotFound: {
    kk: "input.pickupOfficeId: «{id}» Мемлекеттік корпорация бөлімі табылмады. serviceCenters тізімінен бөлімді таңдаңыз.",
    ru: "input.pickupOfficeId: отделение Госкорпорации «{id}» не найдено. Выберите отделение из списка serviceCenters.",
    en: "input.pickupOfficeId: no State Corporation office \"{id}\" was found. Pick one from the serviceCenters list.",
  },
  officeRequired: {
    kk: "input.pickupOfficeId: {channel} арнасы үшін телнұсқа алынатын Мемлекеттік корпорация бөлімін көрсетіңіз.",
    ru: "input.pickupOfficeId: для канала {channel} укажите отделение Госкорпорации, где будет выдан дубликат.",
    en: "input.pickupOfficeId: the {channel} channel needs the State Corporation office where the duplicate is collected.",
  },
  officeNotAllowed: {
    kk: "input.pickupOfficeId: мектеп кеңсесі арқылы берілген өтініште телнұсқаны мектептің өзі береді, бөлімді көрсетпеңіз.",
    ru: "input.pickupOfficeId: при подаче в канцелярию школы дубликат выдаёт сама школа; не указывайте отделение.",
    en: "input.pickupOfficeId: for the school office channel the school itself hands out the duplicate; leave the office out.",
  },
  graduationYearOutOfRange: {
    kk: "input.graduationYear: {year} жылы қабылданбайды. {from} мен {to} аралығындағы жылды енгізіңіз.",
    ru: "input.graduationYear: год {year} недопустим. Укажите год от {from} до {to}.",
    en: "input.graduationYear: {year} is not possible. Enter a year from {from} to {to}.",
  },
  personNotOnRecord: {
    kk: "ЖСН {iin} бойынша адам «Жеке тұлғалар» мемлекеттік деректер қорында жоқ. ЖСН-ді құжаттан тексеріңіз.",
    ru: "Человека с ИИН {iin} нет в государственной базе данных «Физические лица». Сверьте ИИН с документом.",
    en: "No person with IIN {iin} is on record in the state database of individuals. Check the IIN against the identity document.",
  },
  personDeceased: {
    kk: "ЖСН {iin} иесі қайтыс болған деп тіркелген, сондықтан оның атынан өтініш қабылданбайды.",
    ru: "Владелец ИИН {iin} значится умершим, поэтому заявление от его имени не принимается.",
    en: "The holder of IIN {iin} is recorded as deceased, so no application can be made in their name.",
  },
  minorNeedsRepresentative: {
    kk: "Кәмелетке толмаған баланың өтінішін ата-анасы немесе заңды өкілі береді; ЖСН {iin} иесі баланың өкілі ретінде тіркелмеген.",
    ru: "Заявление несовершеннолетнего подаёт родитель или законный представитель; владелец ИИН {iin} не значится его представителем.",
    en: "A minor's application is filed by a parent or legal representative; the holder of IIN {iin} is not on record as one.",
  },
  adultFilesOwnApplication: {
    kk: "Кәмелетке толған білім алушы өтінішті өзі немесе нотариалды сенімхаты (filerPowerOfAttorney) бар өкілі арқылы береді: ЖСН {iin} өтініш берушінікі емес, ал сенімхат көрсетілмеген.",
    ru: "Совершеннолетний обучающийся подаёт заявление сам или через представителя по нотариальной доверенности (filerPowerOfAttorney): ИИН {iin} не заявителя, а доверенность не указана.",
    en: "An adult student files their own application, or a representative files with a notarized power of attorney (filerPowerOfAttorney): IIN {iin} is not the applicant's and no power of attorney was given.",
  },
  tooYoungForDocument: {
    kk: "input.documentKind: ЖСН {iin} иесі жасы бойынша бұл құжатты әлі ала алмады. Құжат түрін тексеріңіз.",
    ru: "input.documentKind: владелец ИИН {iin} по возрасту ещё не мог получить этот документ. Проверьте вид документа.",
    en: "input.documentKind: the holder of IIN {iin} is too young to have received this document yet. Check the document kind.",
  },
  graduationBeforeAge: {
    kk: "input.graduationYear: {year} жылы білім алушы бұл құжатты алатын жасқа толмаған. {earliest} жылды немесе одан кейінгі жылды енгізіңіз.",
    ru: "input.graduationYear: в {year} году обучающийся ещё не мог получить этот документ по возрасту. Укажите год не ранее {earliest}.",
    en: "input.graduationYear: in {year} the student was too young for this document. Enter {earliest} or later.",
  },
  overdueFilterMissing: {
    kk: "schoolBin немесе pickupOfficeId көрсетіңіз: мерзімі өткен өтініштер мектеп немесе бөлім бойынша беріледі.",
    ru: "Укажите schoolBin или pickupOfficeId: просроченные заявления выдаются по школе или отделению.",
    en: "Give schoolBin or pickupOfficeId: overdue cases are listed per school or per office.",
  },
  handOverCheckMissing: {
    kk: "Телнұсқаны беру үшін өтініш берушінің жеке басын куәландыратын құжатын (applicantDocument) немесе өкілдің нотариалды сенімхатын (powerOfAttorney) көрсетіңіз, екеуінің біреуін ғана.",
    ru: "Для выдачи дубликата укажите либо документ, удостоверяющий личность заявителя (applicantDocument), либо нотариальную доверенность представителя (powerOfAttorney), но не оба.",
    en: "To hand the duplicate over, give either the applicant's identity document (applicantDocument) or the representative's notarized power of attorney (powerOfAttorney), not both.",
  },
  documentNotOnRecord: {
    kk: "input.applicantDocument: ұсынылған құжат өтініш берушінің мемлекеттік деректер қорындағы құжаттарына сәйкес келмейді. Құжаттың түрі мен нөмірін тексеріңіз.",
    ru: "input.applicantDocument: предъявленный документ не совпадает с документами заявителя в государственной базе. Проверьте вид и номер документа.",
    en: "input.applicantDocument: the document shown does not match the applicant's documents on record. Check its kind and number.",
  },
  documentExpired: {
    kk: "input.applicantDocument: құжаттың мерзімі {date} өтіп кеткен. Жарамды құжат ұсынылуы керек.",
    ru: "input.applicantDocument: срок действия документа истёк {date}. Нужен действующий документ.",
    en: "input.applicantDocument: the document expired on {date}. A valid document is needed.",
  },
  powerOfAttorneyDate: {
    kk: "Сенімхаттың күні «{date}» қате немесе болашақта. Сенімхаттың берілген күнін ЖЖЖЖ-АА-КК түрінде енгізіңіз.",
    ru: "Дата доверенности «{date}» неверна или в будущем. Введите дату выдачи доверенности как ГГГГ-ММ-ДД.",
    en: "The power of attorney's date \"{date}\" is not a past date. Enter the date it was issued as YYYY-MM-DD.",
  },
  powerOfAttorneyNotNeeded: {
    kk: "input.filerPowerOfAttorney: өтініш беруші өзі берсе, сенімхат қажет емес.",
    ru: "input.filerPowerOfAttorney: доверенность не нужна, когда заявитель подаёт сам.",
    en: "input.filerPowerOfAttorney: no power of attorney is needed when the applicant files themselves.",
  },
  powerOfAttorneyNumber: {
    kk: "Сенімхат нөмірін енгізіңіз (50 таңбаға дейін).",
    ru: "Введите номер доверенности (до 50 символов).",
    en: "Enter the power of attorney's number (up to 50 characters).",
  },
  powerOfAttorneyNotary: {
    kk: "Сенімхатты куәландырған нотариустың аты-жөнін енгізіңіз.",
    ru: "Введите ФИО нотариуса, удостоверившего доверенность.",
    en: "Enter the name of the notary who certified the power of attorney.",
  },
  notYourSchool: {
    kk: "Мектеп қызметкері тек өз мектебінің өтініштерімен жұмыс істейді: x-actor-org тақырыбында {bin} мектебінің БСН-і болуы керек.",
    ru: "Сотрудник школы работает только с заявлениями своей школы: в x-actor-org должен быть БИН школы {bin}.",
    en: "A school clerk acts only on their own school's cases: x-actor-org must be the BIN of school {bin}.",
  },
  notYourOffice: {
    kk: "Оператор тек өз бөлімінің өтініштерімен жұмыс істейді: x-actor-org тақырыбында «{id}» бөлімінің коды болуы керек.",
    ru: "Оператор работает только с заявлениями своего отделения: в x-actor-org должен быть код отделения «{id}».",
    en: "An operator acts only on their own office's cases: x-actor-org must be the id of office \"{id}\".",
  },
  submitNeedsCaller: {
    kk: "Өтінішті кім қабылдап жатқанын көрсетіңіз: x-actor-role, x-actor-id және x-actor-org тақырыптарын жіберіңіз (порталда — өтініш беруші азамат ретінде).",
    ru: "Укажите, кто принимает заявление: передайте заголовки x-actor-role, x-actor-id и x-actor-org (на портале — заявитель как гражданин).",
    en: "Say who takes the application: send the x-actor-role, x-actor-id and x-actor-org headers (on the portal, the filer as a citizen).",
  },
  notYourCase: {
    kk: "Азамат тек өзі өтініш беруші немесе өтінішті беруші болған өтініштерді өзгерте алады.",
    ru: "Гражданин может менять только заявления, в которых он заявитель или подавший.",
    en: "A citizen can act only on cases where they are the applicant or the filer.",
  },
  oneIdentityDocument: {
    kk: "Жеке басын куәландыратын бір құжатты көрсетіңіз: қағаз құжатты немесе цифрлық құжаттың келісімін.",
    ru: "Укажите один документ, удостоверяющий личность: бумажный или согласие на цифровой документ.",
    en: "Give one identity document: the paper one or the consent to the digital one.",
  },
  dateNotPast: {
    kk: "«{date}» күні болашақта немесе қате. Құжатта көрсетілген өткен күнді ЖЖЖЖ-АА-КК түрінде енгізіңіз.",
    ru: "Дата «{date}» в будущем или неверна. Введите прошедшую дату из документа как ГГГГ-ММ-ДД.",
    en: "\"{date}\" is in the future or not a date. Enter the past date shown on the document, as YYYY-MM-DD.",
  },
  dateInvalid: {
    kk: "«{date}» күні қате. Күнді ЖЖЖЖ-АА-КК түрінде енгізіңіз.",
    ru: "Дата «{date}» неверна. Введите дату как ГГГГ-ММ-ДД.",
    en: "\"{date}\" is not a valid date. Enter it as YYYY-MM-DD.",
  },
  documentNumberMissing: {
    kk: "Құжаттың нөмірін енгізіңіз.",
    ru: "Введите номер документа.",
    en: "Enter the document's number.",
  },
  intakeNotHere: {
    kk: "{channel} арнасындағы өтінішті {role} рөлі қабылдамайды; оны мектеп немесе өтініш берілген Мемлекеттік корпорация қабылдайды.",
    ru: "Заявление канала {channel} не принимает роль {role}; его принимает школа или Госкорпорация, куда оно подано.",
    en: "The {role} role does not take applications of the {channel} channel; the school or the State Corporation where it was filed does.",
  },
  paperNeedsChecklist: {
    kk: "input.action: қағаз құжаттар топтамасы takeApplication арқылы тексеру парағымен қабылданады.",
    ru: "input.action: бумажный пакет документов принимается через takeApplication с проверочным листом.",
    en: "input.action: a paper package is taken with takeApplication and its checklist.",
  },
  signatureOnlyOnPortal: {
    kk: "input.portalSignature: қолтаңба тек порталдағы өтінішке қажет; бұл арна үшін оны жібермеңіз.",
    ru: "input.portalSignature: подпись нужна только заявлению на портале; для этого канала не передавайте её.",
    en: "input.portalSignature: only a portal application is signed; leave it out for this channel.",
  },
  signatureMissing: {
    kk: "input.portalSignature: порталдағы өтінішке өтініш берушінің ЭЦҚ-сымен (edsSignature) немесе бір реттік парольмен (otpConsentId) қол қойылуы керек, екеуінің біреуімен ғана.",
    ru: "input.portalSignature: заявление на портале подписывается ЭЦП заявителя (edsSignature) или одноразовым паролем (otpConsentId), одним из двух.",
    en: "input.portalSignature: a portal application is signed with the filer's digital signature (edsSignature) or a one-time password (otpConsentId), exactly one of them.",
  },
  signatureCodeInvalid: {
    kk: "input.portalSignature.otpConsentId: өтініш берушінің расталған қол қою коды табылмады. requestSigningCode және confirmConsent арқылы кодты растаңыз.",
    ru: "input.portalSignature.otpConsentId: подтверждённый код подписи заявителя не найден. Подтвердите код через requestSigningCode и confirmConsent.",
    en: "input.portalSignature.otpConsentId: no confirmed signing code of the filer was found. Confirm one with requestSigningCode and confirmConsent.",
  },
  receiptNotFound: {
    kk: "{number} нөмірлі бас тарту қолхаты жоқ. Нөмірді қолхаттан тексеріңіз.",
    ru: "Расписки об отказе с номером {number} нет. Сверьте номер с распиской.",
    en: "No refusal receipt has the number {number}. Check the number on the receipt.",
  },
  signatureCodeUsed: {
    kk: "Бұл қол қою коды {number} өтінішіне қол қойған; әр код бір өтінішке ғана жарайды. requestSigningCode арқылы жаңа код сұраңыз.",
    ru: "Этим кодом уже подписано заявление {number}; каждый код подписывает только одно заявление. Запросите новый код через requestSigningCode.",
    en: "This signing code already signed application {number}; each code signs one application only. Request a new one with requestSigningCode.",
  },
  signatureEdsInvalid: {
    kk: "input.portalSignature.edsSignature: ЭЦҚ тексерілмеді ({reason}). Өтінішке portalApplicationText мәтіні бойынша өз кілтіңізбен қол қойыңыз.",
    ru: "input.portalSignature.edsSignature: ЭЦП не прошла проверку ({reason}). Подпишите своим ключом текст из portalApplicationText.",
    en: "input.portalSignature.edsSignature: the digital signature did not verify ({reason}). Sign the text from portalApplicationText with your own key.",
  },
  homeVisitText: {
    kk: "Мекенжай мен себепті 5–300 таңбамен жазыңыз.",
    ru: "Укажите адрес и причину длиной от 5 до 300 символов.",
    en: "Give the address and the reason in 5 to 300 characters.",
  },
  homeVisitChannel: {
    kk: "input.application.channel: үйге бару өтініші Мемлекеттік корпорация арнасы (STATE_CORPORATION) арқылы беріледі.",
    ru: "input.application.channel: заявление с выездом на дом подаётся по каналу Госкорпорации (STATE_CORPORATION).",
    en: "input.application.channel: a home-visit application goes through the State Corporation channel (STATE_CORPORATION).",
  },
  noVisitPending: {
    kk: "Бұл өтініш бойынша күтіліп тұрған үйге бару жоқ.",
    ru: "По этому заявлению нет ожидающего выезда на дом.",
    en: "This case has no home visit waiting to be made.",
  },
  visitFirst: {
    kk: "Алдымен үйге баруды recordHomeVisit арқылы тіркеңіз, содан кейін құжаттарды қабылдаңыз.",
    ru: "Сначала отметьте выезд на дом через recordHomeVisit, затем принимайте документы.",
    en: "Record the home visit with recordHomeVisit first, then take the documents.",
  },
  roleNotAllowed: {
    kk: "{role} рөлі бұл әрекетті ({action}) орындай алмайды. Рұқсат етілген рөлдер: {roles}.",
    ru: "Роль {role} не может выполнить это действие ({action}). Допустимые роли: {roles}.",
    en: "The {role} role cannot perform {action}. Roles allowed: {roles}.",
  },
  invalidTransition: {
    kk: "Өтініш {current} күйінде, оны {requested} күйіне ауыстыруға болмайды.",
    ru: "Заявление в статусе {current}; перевести его в статус {requested} нельзя.",
    en: "The application is {current}; it cannot change to {requested}.",
  },
  versionConflict: {
    kk: "Өтінішті басқа біреу өзгертті (қазір {current} күйінде, нұсқасы {version}). Өтінішті қайта оқып, әрекетті қайталаңыз.",
    ru: "Заявление уже изменил кто-то другой (сейчас статус {current}, версия {version}). Перечитайте заявление и повторите действие.",
    en: "Someone else changed the application first (now {current}, version {version}). Read it again and repeat the action.",
  },
  refusalNeedsReasons: {
    kk: "input.comment: дәлелді бас тартуда себептерді жазыңыз.",
    ru: "input.comment: для мотивированного отказа укажите причины.",
    en: "input.comment: a reasoned refusal needs its reasons.",
  },
  idempotencyKeyReused: {
    kk: "input.idempotencyKey: бұл кілт басқа өтініш үшін қолданылған ({number}). Жаңа өтінішке жаңа кілт жіберіңіз.",
    ru: "input.idempotencyKey: этот ключ уже использован для другого заявления ({number}). Для нового заявления отправьте новый ключ.",
    en: "input.idempotencyKey: this key was already used for another application ({number}). Send a new key for a new application.",
  },
} satisfies Record<string, LocalizedText>;

/** Names of the certificates, for messages. */
export const documentKindNames = {
  BASIC_SECONDARY_CERTIFICATE: { kk: "негізгі орта білім туралы куәлікті", ru: "свидетельство об основном среднем образовании", en: "certificate of basic secondary education" },
  GENERAL_SECONDARY_CERTIFICATE: { kk: "жалпы орта білім туралы аттестатты", ru: "аттестат об общем среднем образовании", en: "certificate of general secondary education" },
} satisfies Record<string, LocalizedText>;
