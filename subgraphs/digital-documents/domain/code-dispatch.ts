import { ErrorCode } from "../../../lib/errors/codes.ts";
import { ServiceError } from "../../../lib/errors/service-error.ts";
import { formatMessage, type Language } from "../../../lib/i18n/language.ts";
import { SIGNATURE_KIND, type ConsentDependencies } from "./consent-policy.ts";
import { consentMessages, documentKindNames } from "./messages.ts";

const HOUR_MS = 3_600_000;

/**
 * Fails with RATE_LIMITED when the owner's phone already got the hourly
 * maximum of codes, naming the minutes until the oldest of them ages out.
 */
export async function checkHourlyCap(deps: ConsentDependencies, ownerIin: string): Promise<void> {
  const now = deps.clock.now();
  const recent = await deps.prisma.otpDispatch.findMany({
    where: { ownerIin, sentAt: { gt: new Date(now.getTime() - HOUR_MS) } },
    orderBy: { sentAt: "asc" },
    select: { sentAt: true },
  });
  if (recent.length < deps.policy.maxCodesPerHour) return;

  const oldest = recent[0]?.sentAt ?? now;
  const minutes = Math.max(1, Math.ceil((oldest.getTime() + HOUR_MS - now.getTime()) / 60_000));
  throw new ServiceError(ErrorCode.RATE_LIMITED, consentMessages.tooManyCodes, { field: "ownerIin", values: { iin: ownerIin, minutes }, details: { retryInMinutes: minutes } });
}

/** Sends a code by SMS in the caller's language and records the send for the hourly cap. */
export async function sendCode(
  deps: ConsentDependencies,
  target: { consentId: string; ownerIin: string; phone: string; documentKind: string; purpose: string; code: string },
  language: Language,
): Promise<void> {
  const template = target.documentKind === SIGNATURE_KIND ? consentMessages.signingSmsText : consentMessages.smsText;
  const text = formatMessage(template[language], {
    document: documentKindNames[target.documentKind]?.[language] ?? target.documentKind,
    code: target.code,
    purpose: target.purpose,
    minutes: Math.round(deps.policy.codeTtlSeconds / 60),
  });
  await deps.sms.send(target.phone, text);
  await deps.prisma.otpDispatch.create({ data: { ownerIin: target.ownerIin, consentId: target.consentId, sentAt: deps.clock.now() } });
}
