import { toAlmaty } from "../../../lib/calendar/local-date.ts";
import type { Clock } from "../../../lib/clock.ts";
import { ErrorCode } from "../../../lib/errors/codes.ts";
import { ServiceError } from "../../../lib/errors/service-error.ts";
import type { Actor } from "../../../lib/http/actor.ts";
import type { Language } from "../../../lib/i18n/language.ts";
import type { AccessLogEntry, Consent } from "../data/generated/client.ts";
import { effectiveStatus, SIGNATURE_KIND } from "../domain/consent-policy.ts";
import { requireActor, type ConsentService } from "../domain/consent-service.ts";
import { releaseDocument } from "../domain/document-release.ts";
import { consentMessages } from "../domain/messages.ts";
import type { DigitalDocumentRecord } from "../upstream/documents-service-client.ts";

/** Per-request context of the digital documents subgraph. */
export interface DigitalDocumentsContext {
  consents: ConsentService;
  clock: Clock;
  maxAttempts: number;
  language: Language;
  actor: Actor | null;
}

/** Most access log entries returned at once. */
const MAX_LOG_ENTRIES = 500;

/** Resolvers of the digital documents subgraph. */
export const digitalDocumentsResolvers = {
  Query: {
    consent: (_parent: unknown, args: { id: string }, context: DigitalDocumentsContext) => context.consents.find(args.id, context.actor),
  },
  Mutation: {
    requestConsent: (
      _parent: unknown,
      args: { ownerIin: string; documentKind: string; purpose: string; applicationId?: string | null },
      context: DigitalDocumentsContext,
    ) => context.consents.request(args, context.actor, context.language),
    requestSigningCode: (_parent: unknown, args: { signerIin: string; purpose: string }, context: DigitalDocumentsContext) =>
      context.consents.request({ ownerIin: args.signerIin, documentKind: SIGNATURE_KIND, purpose: args.purpose }, context.actor, context.language),
    resendConsentCode: (_parent: unknown, args: { consentId: string }, context: DigitalDocumentsContext) =>
      context.consents.resend(args.consentId, context.actor, context.language),
    confirmConsent: (_parent: unknown, args: { consentId: string; code: string }, context: DigitalDocumentsContext) =>
      context.consents.confirm(args.consentId, args.code, context.actor),
  },
  Consent: {
    __resolveReference: (reference: { id: string }, context: DigitalDocumentsContext) => context.consents.find(reference.id, context.actor),
    owner: (consent: Consent) => ({ iin: consent.ownerIin }),
    requester: (consent: Consent) => ({ role: consent.requesterRole, id: consent.requesterId }),
    status: (consent: Consent, _args: unknown, context: DigitalDocumentsContext) => effectiveStatus(consent, context.clock.now()),
    attemptsLeft: (consent: Consent, _args: unknown, context: DigitalDocumentsContext) => Math.max(0, context.maxAttempts - consent.failedAttempts),
    requestedAt: (consent: Consent) => consent.requestedAt.toISOString(),
    codeExpiresAt: (consent: Consent) => consent.codeExpiresAt.toISOString(),
    lastSentAt: (consent: Consent) => consent.lastSentAt.toISOString(),
    grantedAt: (consent: Consent) => consent.grantedAt?.toISOString() ?? null,
    validUntil: (consent: Consent) => consent.validUntil?.toISOString() ?? null,
    document: (consent: Consent, _args: unknown, context: DigitalDocumentsContext) => releaseDocument(context.consents.deps, consent, context.actor),
  },
  DigitalDocument: {
    isExpired: (document: DigitalDocumentRecord, _args: unknown, context: DigitalDocumentsContext) =>
      document.expiresOn !== null && document.expiresOn < toAlmaty(context.clock.now()).date,
  },
  DataAccessLog: {
    __resolveReference: (reference: { ownerIin: string }, context: DigitalDocumentsContext) => {
      const caller = requireActor(context.actor);
      if (caller.role !== "CITIZEN" || caller.id !== reference.ownerIin) throw new ServiceError(ErrorCode.FORBIDDEN, consentMessages.accessLogOwnerOnly);
      return reference;
    },
    documentReleases: (log: { ownerIin: string }, _args: unknown, context: DigitalDocumentsContext) =>
      context.consents.deps.prisma.accessLogEntry.findMany({
        where: { ownerIin: log.ownerIin, data: { startsWith: "DIGITAL_DOCUMENT:" } },
        orderBy: { at: "desc" },
        take: MAX_LOG_ENTRIES,
      }),
    phoneLookups: (log: { ownerIin: string }, _args: unknown, context: DigitalDocumentsContext) =>
      context.consents.deps.prisma.accessLogEntry.findMany({ where: { ownerIin: log.ownerIin, data: "REGISTERED_PHONE" }, orderBy: { at: "desc" }, take: MAX_LOG_ENTRIES }),
  },
  DataAccessEntry: {
    at: (entry: AccessLogEntry) => entry.at.toISOString(),
  },
};
