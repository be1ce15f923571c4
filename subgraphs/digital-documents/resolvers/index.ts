import { toAlmaty } from "../../../lib/calendar/local-date.ts";
import type { Clock } from "../../../lib/clock.ts";
import type { Language } from "../../../lib/i18n/language.ts";
import type { Consent } from "../data/generated/client.ts";
import { effectiveStatus, type ConsentService } from "../domain/consent-service.ts";
import type { DigitalDocumentRecord } from "../upstream/documents-service-client.ts";

/** Per-request context of the digital documents subgraph. */
export interface DigitalDocumentsContext {
  consents: ConsentService;
  clock: Clock;
  maxAttempts: number;
  language: Language;
}

/** Resolvers of the digital documents subgraph. */
export const digitalDocumentsResolvers = {
  Query: {
    consent: (_parent: unknown, args: { id: string }, context: DigitalDocumentsContext) => context.consents.find(args.id),
  },
  Mutation: {
    requestConsent: (_parent: unknown, args: { ownerIin: string; documentKind: string; purpose: string }, context: DigitalDocumentsContext) =>
      context.consents.request(args, context.language),
    confirmConsent: (_parent: unknown, args: { consentId: string; code: string }, context: DigitalDocumentsContext) =>
      context.consents.confirm(args.consentId, args.code),
  },
  Consent: {
    __resolveReference: (reference: { id: string }, context: DigitalDocumentsContext) => context.consents.find(reference.id),
    owner: (consent: Consent) => ({ iin: consent.ownerIin }),
    status: (consent: Consent, _args: unknown, context: DigitalDocumentsContext) => effectiveStatus(consent, context.clock.now()),
    attemptsLeft: (consent: Consent, _args: unknown, context: DigitalDocumentsContext) => Math.max(0, context.maxAttempts - consent.failedAttempts),
    requestedAt: (consent: Consent) => consent.requestedAt.toISOString(),
    codeExpiresAt: (consent: Consent) => consent.codeExpiresAt.toISOString(),
    grantedAt: (consent: Consent) => consent.grantedAt?.toISOString() ?? null,
    validUntil: (consent: Consent) => consent.validUntil?.toISOString() ?? null,
    document: (consent: Consent, _args: unknown, context: DigitalDocumentsContext) => context.consents.releaseDocument(consent),
  },
  DigitalDocument: {
    isExpired: (document: DigitalDocumentRecord, _args: unknown, context: DigitalDocumentsContext) =>
      document.expiresOn !== null && document.expiresOn < toAlmaty(context.clock.now()).date,
  },
};
