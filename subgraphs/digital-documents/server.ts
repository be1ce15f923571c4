import { clockFromEnv, type Clock } from "../../lib/clock.ts";
import type { RunningServer } from "../../lib/http/graphql-http-server.ts";
import { startSubgraphServer } from "../../lib/graphql/subgraph-server.ts";
import { createLogger } from "../../lib/logging/logger.ts";
import { runMain } from "../../lib/process/run-main.ts";
import { createEgovGatewayClient } from "../../lib/state-systems/egov-gateway-client.ts";
import { readDigitalDocumentsConfig, type DigitalDocumentsConfig } from "./config.ts";
import { openDigitalDocumentsDatabase } from "./data/database.ts";
import { ConsentService } from "./domain/consent-service.ts";
import { createSmsReplyRoute, SMS_REPLY_PATH } from "./resolvers/sms-reply-route.ts";
import { digitalDocumentsResolvers, type DigitalDocumentsContext } from "./resolvers/index.ts";
import { createDocumentsServiceClient } from "./upstream/documents-service-client.ts";
import { createSmsGatewayClient } from "./upstream/sms-gateway-client.ts";

/** Starts the digital documents subgraph: migrates its database, then serves. */
export async function startDigitalDocumentsSubgraph(
  config: DigitalDocumentsConfig,
  options: { clock?: Clock; env?: NodeJS.ProcessEnv } = {},
): Promise<RunningServer> {
  const logger = createLogger("digital-documents");
  const clock = options.clock ?? clockFromEnv();
  const timeoutMs = config.UPSTREAM_TIMEOUT_MS;
  const database = await openDigitalDocumentsDatabase(logger, options.env);

  const consents = new ConsentService({
    prisma: database.prisma,
    egov: createEgovGatewayClient({ baseUrl: config.EGOV_GATEWAY_URL, timeoutMs }),
    sms: createSmsGatewayClient({ baseUrl: config.SMS_GATEWAY_URL, timeoutMs }),
    documents: createDocumentsServiceClient({ baseUrl: config.DIGITAL_DOCUMENTS_SERVICE_URL, timeoutMs }),
    clock,
    policy: {
      secret: config.OTP_HASH_SECRET,
      codeTtlSeconds: config.OTP_TTL_SECONDS,
      maxAttempts: config.OTP_MAX_ATTEMPTS,
      consentTtlSeconds: config.CONSENT_TTL_SECONDS,
      resendIntervalSeconds: config.OTP_RESEND_INTERVAL_SECONDS,
      maxCodesPerHour: config.OTP_MAX_CODES_PER_HOUR,
    },
  });

  return await startSubgraphServer<DigitalDocumentsContext>({
    name: "digital-documents",
    resolvers: digitalDocumentsResolvers,
    buildContext: async (scope) => ({ consents, clock, maxAttempts: config.OTP_MAX_ATTEMPTS, language: scope.language, actor: scope.actor }),
    postRoutes: { [SMS_REPLY_PATH]: createSmsReplyRoute(consents, logger) },
    logger,
    clock,
    port: config.DIGITAL_DOCUMENTS_PORT,
    onStop: () => database.close(),
  });
}

runMain(import.meta.url, () => startDigitalDocumentsSubgraph(readDigitalDocumentsConfig()));
