import { z } from "zod";
import { isIsoDate } from "../../../lib/calendar/local-date.ts";
import { createUpstreamClient } from "../../../lib/upstream/http-client.ts";

const isoDate = z.string().refine(isIsoDate, "expected YYYY-MM-DD");

/** A document as the digital documents service releases it. */
export const digitalDocumentSchema = z.object({
  kind: z.enum(["IDENTITY_CARD", "PASSPORT", "BIRTH_CERTIFICATE"]),
  number: z.string().min(1),
  ownerIin: z.string(),
  fullName: z.string().min(1),
  birthDate: isoDate,
  issuedOn: isoDate,
  expiresOn: isoDate.nullable(),
  issuer: z.string(),
});
export type DigitalDocumentRecord = z.infer<typeof digitalDocumentSchema>;

/** Reads documents from the digital documents service. */
export interface DocumentsServiceClient {
  /** Returns the owner's document of a kind under a consent, or null when the service has none. */
  fetchDocument(ownerIin: string, kind: string, consentId: string): Promise<DigitalDocumentRecord | null>;
}

const SYSTEM_NAME = { kk: "Цифрлық құжаттар сервисі", ru: "сервис цифровых документов", en: "digital documents service" };

/** Creates the digital documents service client. */
export function createDocumentsServiceClient(options: { baseUrl: string; timeoutMs: number }): DocumentsServiceClient {
  const http = createUpstreamClient({ systemName: SYSTEM_NAME, baseUrl: options.baseUrl, timeoutMs: options.timeoutMs, readRetries: 1 });
  return {
    fetchDocument: (ownerIin, kind, consentId) =>
      http.getJson(`/documents/${encodeURIComponent(ownerIin)}/${encodeURIComponent(kind)}`, digitalDocumentSchema, { headers: { "x-consent-id": consentId } }),
  };
}
