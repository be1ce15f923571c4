import type { Clock } from "../../../lib/clock.ts";
import type { EgovGatewayClient } from "../../../lib/state-systems/egov-gateway-client.ts";
import type { DigitalDocumentsPrisma } from "../data/database.ts";
import type { Consent } from "../data/generated/client.ts";
import type { DocumentsServiceClient } from "../upstream/documents-service-client.ts";
import type { SmsGatewayClient } from "../upstream/sms-gateway-client.ts";

/** Limits of the consent flow. */
export interface ConsentPolicy {
  /** Key of the HMAC that stores one-time passwords and phones. */
  secret: string;
  /** Life of a one-time password, in seconds. */
  codeTtlSeconds: number;
  /** Wrong codes allowed before the consent locks. */
  maxAttempts: number;
  /** How long a granted consent lets the document be read, in seconds. */
  consentTtlSeconds: number;
  /** Shortest wait between two codes of one consent, in seconds. */
  resendIntervalSeconds: number;
  /** Most codes sent to one owner's phone in any hour. */
  maxCodesPerHour: number;
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

/** The "document kind" of a one-time password that signs a portal application rather than releasing a document. */
export const SIGNATURE_KIND = "APPLICATION_SIGNATURE";

/** Consent status as seen now: a pending code or a granted consent past its time reads as EXPIRED. */
export function effectiveStatus(consent: Consent, now: Date): string {
  if (consent.status === "PENDING" && now >= consent.codeExpiresAt) return "EXPIRED";
  if (consent.status === "GRANTED" && consent.validUntil && now >= consent.validUntil) return "EXPIRED";
  return consent.status;
}
