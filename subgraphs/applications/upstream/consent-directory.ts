import { z } from "zod";
import { ErrorCode } from "../../../lib/errors/codes.ts";
import { createUpstreamClient } from "../../../lib/upstream/http-client.ts";
import { graphQLAnswer, notFoundFields } from "./graphql-answer.ts";

/** Facts of a digital document presented under a consent, as intake learns them. */
export type ConsentedDocument =
  | { state: "RELEASED"; ownerIin: string; kind: string; expiresOn: string | null }
  | { state: "NOT_USABLE"; reason: string };

/** Reads consents and their documents from the digital documents subgraph, as the caller. */
export interface ConsentDirectory {
  findConsentedDocument(consentId: string): Promise<ConsentedDocument>;
  /** Returns a consent's owner, kind and status as the caller sees it, or null when the caller cannot see it. */
  findConsent(consentId: string): Promise<{ ownerIin: string; documentKind: string; status: string } | null>;
}

const SYSTEM_NAME = { kk: "Цифрлық құжаттар қызметі", ru: "сервис цифровых документов", en: "digital documents service" };
const answerSchema = graphQLAnswer(
  z.object({ consent: z.object({ ownerIin: z.string(), status: z.string(), document: z.object({ kind: z.string(), expiresOn: z.string().nullable() }).nullable() }).nullable() }),
);

/** Codes that mean the caller may not use this consent's document, rather than a failure of the service. */
const UNUSABLE = new Set<string>([ErrorCode.FORBIDDEN, ErrorCode.CONSENT_NOT_GRANTED, ErrorCode.CONSENT_EXPIRED, ErrorCode.NOT_FOUND]);

/** Creates the consent directory on the digital documents subgraph's GraphQL endpoint. */
export function createConsentDirectory(options: { graphqlUrl: string; timeoutMs: number }): ConsentDirectory {
  const url = new URL(options.graphqlUrl);
  const http = createUpstreamClient({ systemName: SYSTEM_NAME, baseUrl: url.origin, timeoutMs: options.timeoutMs, readRetries: 1, forwardCaller: true });

  const consentAnswer = graphQLAnswer(z.object({ consent: z.object({ ownerIin: z.string(), documentKind: z.string(), status: z.string() }).nullable() }));

  return {
    async findConsent(consentId) {
      const query = "query SigningConsent($id: ID!) { consent(id: $id) { ownerIin documentKind status } }";
      const answer = await http.postJson(url.pathname, { query, variables: { id: consentId } }, consentAnswer, { idempotent: true });
      if (answer.errors?.some((error) => UNUSABLE.has(error.extensions?.code ?? "") || error.extensions?.code === ErrorCode.UNAUTHENTICATED)) return null;
      notFoundFields(answer, SYSTEM_NAME);
      return answer.data?.consent ?? null;
    },

    async findConsentedDocument(consentId) {
      const query = "query ConsentForIntake($id: ID!) { consent(id: $id) { ownerIin status document { kind expiresOn } } }";
      const answer = await http.postJson(url.pathname, { query, variables: { id: consentId } }, answerSchema, { idempotent: true });

      const refusal = answer.errors?.find((error) => UNUSABLE.has(error.extensions?.code ?? ""));
      if (refusal) return { state: "NOT_USABLE", reason: refusal.extensions?.code ?? "NOT_FOUND" };
      notFoundFields(answer, SYSTEM_NAME);

      const consent = answer.data?.consent;
      if (!consent?.document) return { state: "NOT_USABLE", reason: "NOT_FOUND" };
      return { state: "RELEASED", ownerIin: consent.ownerIin, kind: consent.document.kind, expiresOn: consent.document.expiresOn };
    },
  };
}
