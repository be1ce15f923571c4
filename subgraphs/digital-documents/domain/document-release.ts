import { ErrorCode } from "../../../lib/errors/codes.ts";
import { ServiceError } from "../../../lib/errors/service-error.ts";
import type { Actor } from "../../../lib/http/actor.ts";
import type { Consent } from "../data/generated/client.ts";
import type { DigitalDocumentRecord } from "../upstream/documents-service-client.ts";
import { effectiveStatus, SIGNATURE_KIND, type ConsentDependencies } from "./consent-policy.ts";
import { isRequester, requireActor } from "./consent-service.ts";
import { consentMessages } from "./messages.ts";

/**
 * Releases the document of a consent that is granted and still valid, to
 * the caller who requested the consent only, and records the release in the
 * owner's access log.
 */
export async function releaseDocument(deps: ConsentDependencies, consent: Consent, actor: Actor | null): Promise<DigitalDocumentRecord> {
  const caller = requireActor(actor);
  if (!isRequester(consent, caller)) throw new ServiceError(ErrorCode.FORBIDDEN, consentMessages.notYourConsent);

  if (consent.documentKind === SIGNATURE_KIND) throw new ServiceError(ErrorCode.NOT_FOUND, consentMessages.documentNotFound, { values: { kind: consent.documentKind } });
  const status = effectiveStatus(consent, deps.clock.now());
  if (status === "EXPIRED") throw new ServiceError(ErrorCode.CONSENT_EXPIRED, consentMessages.consentExpired);
  if (status === "LOCKED") throw new ServiceError(ErrorCode.CONSENT_LOCKED, consentMessages.consentLocked);
  if (status !== "GRANTED") throw new ServiceError(ErrorCode.CONSENT_NOT_GRANTED, consentMessages.consentNotGranted);

  const document = await deps.documents.fetchDocument(consent.ownerIin, consent.documentKind, consent.id);
  if (!document) throw new ServiceError(ErrorCode.NOT_FOUND, consentMessages.documentNotFound, { values: { kind: consent.documentKind } });

  await deps.prisma.accessLogEntry.create({
    data: {
      at: deps.clock.now(),
      ownerIin: consent.ownerIin,
      actorRole: caller.role,
      actorId: caller.id,
      data: `DIGITAL_DOCUMENT:${consent.documentKind}`,
      purpose: consent.purpose,
      applicationId: consent.applicationId,
      consentId: consent.id,
    },
  });
  return document;
}
