import { randomUUID } from "node:crypto";
import { ErrorCode } from "../../../lib/errors/codes.ts";
import { ServiceError } from "../../../lib/errors/service-error.ts";
import type { Actor } from "../../../lib/http/actor.ts";
import { commonMessages } from "../../../lib/i18n/common-messages.ts";
import type { Language } from "../../../lib/i18n/language.ts";
import { requireValidIin } from "../../../lib/identifiers/validate-input.ts";
import type { Consent } from "../data/generated/client.ts";
import { checkHourlyCap, sendCode } from "./code-dispatch.ts";
import { effectiveStatus, SIGNATURE_KIND, type ConsentDependencies } from "./consent-policy.ts";
import { consentMessages } from "./messages.ts";
import { CODE_LENGTH, codeMatches, generateCode, hashCode, hashPhone, maskPhone } from "./one-time-password.ts";

const notFound = (id: string, field: string) => new ServiceError(ErrorCode.NOT_FOUND, consentMessages.consentNotFound, { values: { id }, field });

/** Fails with UNAUTHENTICATED when the caller is unknown, else returns them. */
export function requireActor(actor: Actor | null): Actor {
  if (actor) return actor;
  throw new ServiceError(ErrorCode.UNAUTHENTICATED, commonMessages.actorRequired);
}

/** True when the actor is the caller who requested the consent. */
export const isRequester = (consent: Consent, actor: Actor) => consent.requesterRole === actor.role && consent.requesterId === actor.id;
const isOwner = (consent: Consent, actor: Actor) => actor.role === "CITIZEN" && actor.id === consent.ownerIin;

/** The owner's consent by one-time password: request, resend, confirm. */
export class ConsentService {
  constructor(readonly deps: ConsentDependencies) {}

  /** Reads a consent that the caller requested or owns, or throws NOT_FOUND or FORBIDDEN. */
  async find(id: string, actor: Actor | null, field = "id"): Promise<Consent> {
    const caller = requireActor(actor);
    const consent = await this.deps.prisma.consent.findUnique({ where: { id } });
    if (!consent) throw notFound(id, field);
    if (!isRequester(consent, caller) && !isOwner(consent, caller)) throw new ServiceError(ErrorCode.FORBIDDEN, consentMessages.notYourConsent);
    return consent;
  }

  /**
   * Sends a one-time password to the phone registered for the owner's IIN and
   * stores the pending consent, bound to the caller, the purpose and the case,
   * with only keyed hashes of the code and the phone. When the SMS cannot be
   * sent, the consent is removed again.
   */
  async request(args: { ownerIin: string; documentKind: string; purpose: string; applicationId?: string | null }, actor: Actor | null, language: Language): Promise<Consent> {
    const requester = requireActor(actor);
    const ownerIin = requireValidIin(args.ownerIin, "ownerIin");
    // Employees request for a provider, and a citizen requests only their own document or signature, so no one can spend an owner's codes.
    const employee = requester.role === "SCHOOL_CLERK" || requester.role === "STATE_CORPORATION_OPERATOR";
    const self = requester.role === "CITIZEN" && requester.id === ownerIin;
    if (args.documentKind === SIGNATURE_KIND ? !self : !employee && !self) throw new ServiceError(ErrorCode.FORBIDDEN, consentMessages.requestNotAllowed);
    const purpose = args.purpose.trim();
    if (purpose.length < 3 || purpose.length > 200) throw new ServiceError(ErrorCode.BAD_USER_INPUT, consentMessages.purposeInvalid, { field: "purpose" });

    const phone = await this.deps.egov.fetchRegisteredPhone(ownerIin);
    if (phone === undefined) throw new ServiceError(ErrorCode.NOT_FOUND, consentMessages.ownerNotFound, { field: "ownerIin", values: { iin: ownerIin } });
    await this.recordPhoneLookup(ownerIin, requester, purpose, args.applicationId?.trim() || null);
    if (phone === null) throw new ServiceError(ErrorCode.NO_REGISTERED_PHONE, consentMessages.noRegisteredPhone, { field: "ownerIin", values: { iin: ownerIin } });
    await checkHourlyCap(this.deps, ownerIin);

    const { policy, clock } = this.deps;
    const id = randomUUID();
    const code = generateCode();
    const now = clock.now();
    const consent = await this.deps.prisma.consent.create({
      data: {
        id,
        ownerIin,
        documentKind: args.documentKind,
        purpose,
        requesterRole: requester.role,
        requesterId: requester.id,
        applicationId: args.applicationId?.trim() || null,
        status: "PENDING",
        phoneMasked: maskPhone(phone),
        phoneHash: hashPhone(policy.secret, phone),
        codeHash: hashCode(policy.secret, id, code),
        requestedAt: now,
        lastSentAt: now,
        codeExpiresAt: new Date(now.getTime() + policy.codeTtlSeconds * 1000),
      },
    });

    try {
      await sendCode(this.deps, { consentId: id, ownerIin, phone, documentKind: args.documentKind, purpose, code }, language);
    } catch (error) {
      await this.deps.prisma.consent.delete({ where: { id } });
      throw error;
    }
    return consent;
  }

  /**
   * Sends a new code for a pending consent, at most once per resend interval
   * and within the owner's hourly cap. Wrong attempts made so far still count.
   */
  async resend(consentId: string, actor: Actor | null, language: Language): Promise<Consent> {
    const consent = await this.find(consentId, actor, "consentId");
    const { policy, clock } = this.deps;
    const now = clock.now();

    if (consent.status === "GRANTED") throw new ServiceError(ErrorCode.CONSENT_ALREADY_USED, consentMessages.consentAlreadyGranted, { field: "consentId" });
    if (consent.status === "LOCKED") throw new ServiceError(ErrorCode.CONSENT_LOCKED, consentMessages.consentLocked, { field: "consentId" });

    const waitMs = consent.lastSentAt.getTime() + policy.resendIntervalSeconds * 1000 - now.getTime();
    if (waitMs > 0) {
      const seconds = Math.ceil(waitMs / 1000);
      throw new ServiceError(ErrorCode.RATE_LIMITED, consentMessages.resendTooSoon, { field: "consentId", values: { seconds }, details: { retryInSeconds: seconds } });
    }
    await checkHourlyCap(this.deps, consent.ownerIin);

    const phone = await this.deps.egov.fetchRegisteredPhone(consent.ownerIin);
    if (!phone) throw new ServiceError(ErrorCode.NO_REGISTERED_PHONE, consentMessages.noRegisteredPhone, { field: "consentId", values: { iin: consent.ownerIin } });

    const code = generateCode();
    const updated = await this.deps.prisma.consent.update({
      where: { id: consent.id },
      data: {
        status: "PENDING",
        codeHash: hashCode(policy.secret, consent.id, code),
        phoneHash: hashPhone(policy.secret, phone),
        phoneMasked: maskPhone(phone),
        lastSentAt: now,
        codeExpiresAt: new Date(now.getTime() + policy.codeTtlSeconds * 1000),
      },
    });
    await sendCode(this.deps, { consentId: consent.id, ownerIin: consent.ownerIin, phone, documentKind: consent.documentKind, purpose: consent.purpose, code }, language);
    return updated;
  }

  /**
   * Grants a pending consent when the code matches. The requester or the
   * owner may enter it. Every wrong or malformed code counts as an attempt,
   * and the last allowed one locks the consent.
   */
  async confirm(consentId: string, code: string, actor: Actor | null): Promise<Consent> {
    return this.confirmConsent(await this.find(consentId, actor, "consentId"), code.trim());
  }

  /**
   * Grants the newest pending consent sent to a phone whose code the owner
   * sent back by SMS. A 6-digit reply that matches none counts as a wrong
   * attempt on the newest pending consent; a reply with no 6-digit code is
   * ignored. Returns the granted consent, or null.
   */
  async confirmBySmsReply(phone: string, text: string): Promise<Consent | null> {
    const now = this.deps.clock.now();
    const pending = await this.deps.prisma.consent.findMany({
      where: { phoneHash: hashPhone(this.deps.policy.secret, phone), status: "PENDING", codeExpiresAt: { gt: now } },
      orderBy: { requestedAt: "desc" },
    });
    if (pending.length === 0) return null;

    // Only a reply carrying a 6-digit code is an attempt; "who is this?" or "STOP" is not.
    const code = /\b(\d{6})\b/.exec(text)?.[1];
    if (!code) return null;
    const matching = pending.find((consent) => codeMatches(this.deps.policy.secret, consent.id, code, consent.codeHash));
    try {
      return await this.confirmConsent(matching ?? (pending[0] as Consent), code);
    } catch (error) {
      if (error instanceof ServiceError) return null;
      throw error;
    }
  }

  /** Records in the owner's access log that the caller's request read their registered phone number. */
  private async recordPhoneLookup(ownerIin: string, actor: Actor, purpose: string, applicationId: string | null): Promise<void> {
    await this.deps.prisma.accessLogEntry.create({
      data: { at: this.deps.clock.now(), ownerIin, actorRole: actor.role, actorId: actor.id, data: "REGISTERED_PHONE", purpose, applicationId },
    });
  }

  private async confirmConsent(consent: Consent, code: string): Promise<Consent> {
    const now = this.deps.clock.now();
    switch (effectiveStatus(consent, now)) {
      case "GRANTED":
        throw new ServiceError(ErrorCode.CONSENT_ALREADY_USED, consentMessages.consentAlreadyGranted, { field: "consentId" });
      case "LOCKED":
        throw new ServiceError(ErrorCode.CONSENT_LOCKED, consentMessages.consentLocked, { field: "consentId" });
      case "EXPIRED":
        throw new ServiceError(ErrorCode.CONSENT_EXPIRED, consentMessages.consentExpired, { field: "consentId" });
    }

    const wellFormed = new RegExp(`^\\d{${CODE_LENGTH}}$`).test(code);
    if (wellFormed && codeMatches(this.deps.policy.secret, consent.id, code, consent.codeHash)) {
      const granted = await this.deps.prisma.consent.updateMany({
        where: { id: consent.id, status: "PENDING", failedAttempts: { lt: this.deps.policy.maxAttempts } },
        data: { status: "GRANTED", grantedAt: now, validUntil: new Date(now.getTime() + this.deps.policy.consentTtlSeconds * 1000) },
      });
      const current = await this.deps.prisma.consent.findUniqueOrThrow({ where: { id: consent.id } });
      // Another request changed the consent between the read and this write: report its state instead.
      return granted.count === 1 ? current : this.confirmConsent(current, code);
    }

    return this.countFailedAttempt(consent, wellFormed);
  }

  private async countFailedAttempt(consent: Consent, wellFormed: boolean): Promise<never> {
    const { maxAttempts } = this.deps.policy;
    const updated = await this.deps.prisma.consent.update({ where: { id: consent.id }, data: { failedAttempts: { increment: 1 } } });
    const attemptsLeft = Math.max(0, maxAttempts - updated.failedAttempts);

    if (attemptsLeft === 0) {
      await this.deps.prisma.consent.updateMany({ where: { id: consent.id, status: "PENDING" }, data: { status: "LOCKED" } });
      throw new ServiceError(ErrorCode.CONSENT_LOCKED, consentMessages.consentLocked, { field: "code" });
    }
    if (!wellFormed) throw new ServiceError(ErrorCode.BAD_USER_INPUT, consentMessages.codeFormat, { field: "code", details: { attemptsLeft } });
    throw new ServiceError(ErrorCode.CONSENT_CODE_INVALID, consentMessages.codeWrong, { field: "code", values: { attemptsLeft }, details: { attemptsLeft } });
  }
}
