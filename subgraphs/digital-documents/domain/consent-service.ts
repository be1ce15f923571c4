import { randomUUID } from "node:crypto";
import type { Clock } from "../../../lib/clock.ts";
import { ErrorCode } from "../../../lib/errors/codes.ts";
import { ServiceError } from "../../../lib/errors/service-error.ts";
import { formatMessage, type Language } from "../../../lib/i18n/language.ts";
import { requireValidIin } from "../../../lib/identifiers/validate-input.ts";
import type { EgovGatewayClient } from "../../../lib/state-systems/egov-gateway-client.ts";
import type { DigitalDocumentsPrisma } from "../data/database.ts";
import type { Consent } from "../data/generated/client.ts";
import type { DigitalDocumentRecord, DocumentsServiceClient } from "../upstream/documents-service-client.ts";
import type { SmsGatewayClient } from "../upstream/sms-gateway-client.ts";
import { consentMessages, documentKindNames } from "./messages.ts";
import { CODE_LENGTH, codeMatches, generateCode, hashCode, maskPhone } from "./one-time-password.ts";

/** Limits of the consent flow. */
export interface ConsentPolicy {
  /** Key of the HMAC that stores one-time passwords. */
  secret: string;
  /** Life of a one-time password, in seconds. */
  codeTtlSeconds: number;
  /** Wrong codes allowed before the consent locks. */
  maxAttempts: number;
  /** How long a granted consent lets the document be read, in seconds. */
  consentTtlSeconds: number;
}

/** Services and data that the consent flow uses. */
export interface ConsentDependencies {
  prisma: DigitalDocumentsPrisma;
  egov: EgovGatewayClient;
  sms: SmsGatewayClient;
  documents: DocumentsServiceClient;
  clock: Clock;
  policy: ConsentPolicy;
}

/** Consent status as seen now: a pending code or a granted consent past its time reads as EXPIRED. */
export function effectiveStatus(consent: Consent, now: Date): string {
  if (consent.status === "PENDING" && now >= consent.codeExpiresAt) return "EXPIRED";
  if (consent.status === "GRANTED" && consent.validUntil && now >= consent.validUntil) return "EXPIRED";
  return consent.status;
}

const notFound = (id: string) => new ServiceError(ErrorCode.NOT_FOUND, consentMessages.consentNotFound, { values: { id }, field: "consentId" });

/** The owner's consent by one-time password, and the release of a document under it. */
export class ConsentService {
  constructor(private readonly deps: ConsentDependencies) {}

  /** Reads a consent, or throws NOT_FOUND. */
  async find(id: string): Promise<Consent> {
    const consent = await this.deps.prisma.consent.findUnique({ where: { id } });
    if (!consent) throw notFound(id);
    return consent;
  }

  /**
   * Sends a one-time password to the phone registered for the owner's IIN and
   * stores the pending consent with only the code's keyed hash. When the SMS
   * cannot be sent, the consent is removed again, so nothing is left that no
   * one can confirm.
   */
  async request(args: { ownerIin: string; documentKind: string; purpose: string }, language: Language): Promise<Consent> {
    const ownerIin = requireValidIin(args.ownerIin, "ownerIin");
    const purpose = args.purpose.trim();
    if (purpose.length < 3 || purpose.length > 200) throw new ServiceError(ErrorCode.BAD_USER_INPUT, consentMessages.purposeInvalid, { field: "purpose" });

    const phone = await this.deps.egov.fetchRegisteredPhone(ownerIin);
    if (phone === undefined) throw new ServiceError(ErrorCode.NOT_FOUND, consentMessages.ownerNotFound, { field: "ownerIin", values: { iin: ownerIin } });
    if (phone === null) throw new ServiceError(ErrorCode.NO_REGISTERED_PHONE, consentMessages.noRegisteredPhone, { field: "ownerIin", values: { iin: ownerIin } });

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
        status: "PENDING",
        phoneMasked: maskPhone(phone),
        codeHash: hashCode(policy.secret, id, code),
        requestedAt: now,
        codeExpiresAt: new Date(now.getTime() + policy.codeTtlSeconds * 1000),
      },
    });

    const text = formatMessage(consentMessages.smsText[language], {
      document: documentKindNames[args.documentKind]?.[language] ?? args.documentKind,
      code,
      purpose,
      minutes: Math.round(policy.codeTtlSeconds / 60),
    });
    try {
      await this.deps.sms.send(phone, text);
    } catch (error) {
      await this.deps.prisma.consent.delete({ where: { id } });
      throw error;
    }
    return consent;
  }

  /**
   * Grants a pending consent when the code matches. Every wrong or malformed
   * code counts as an attempt, and the last allowed one locks the consent.
   */
  async confirm(consentId: string, code: string): Promise<Consent> {
    const consent = await this.find(consentId);
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
        where: { id: consent.id, status: "PENDING" },
        data: { status: "GRANTED", grantedAt: now, validUntil: new Date(now.getTime() + this.deps.policy.consentTtlSeconds * 1000) },
      });
      // Another request changed the consent between the read and this write.
      if (granted.count === 0) return this.confirm(consentId, code);
      return this.find(consent.id);
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

  /** Releases the document of a consent that is granted and still valid. */
  async releaseDocument(consent: Consent): Promise<DigitalDocumentRecord> {
    const status = effectiveStatus(consent, this.deps.clock.now());
    if (status === "EXPIRED") throw new ServiceError(ErrorCode.CONSENT_EXPIRED, consentMessages.consentExpired);
    if (status !== "GRANTED") throw new ServiceError(ErrorCode.CONSENT_NOT_GRANTED, consentMessages.consentNotGranted);

    const document = await this.deps.documents.fetchDocument(consent.ownerIin, consent.documentKind, consent.id);
    if (!document) throw new ServiceError(ErrorCode.NOT_FOUND, consentMessages.documentNotFound, { values: { kind: consent.documentKind } });
    return document;
  }
}
