import type { Logger } from "pino";
import { z } from "zod";
import type { JsonRoute } from "../../../lib/http/graphql-http-server.ts";
import type { ConsentService } from "../domain/consent-service.ts";

/** Path where the SMS gateway posts the owner's replies to an SMS from 1414. */
export const SMS_REPLY_PATH = "/sms/replies";

const replySchema = z.object({ from: z.string().regex(/^\+7\d{10}$/), text: z.string().min(1).max(1000) });

/**
 * Creates the webhook that grants consent from the owner's SMS reply
 * carrying the one-time password. It responds 200 with `granted` true or false,
 * and 400 for a body that is not a reply.
 *
 * NOTE: the webhook trusts its caller. It listens on 127.0.0.1 only; a real
 * SMS gateway must sign its requests before this faces any network.
 */
export function createSmsReplyRoute(consents: ConsentService, logger: Logger): JsonRoute {
  return async (body) => {
    const reply = replySchema.safeParse(body);
    if (!reply.success) return { status: 400, body: { error: "expected {\"from\": \"+77XXXXXXXXX\", \"text\": \"...\"}" } };

    const granted = await consents.confirmBySmsReply(reply.data.from, reply.data.text);
    logger.info({ consentId: granted?.id ?? null }, granted ? "consent granted by SMS reply" : "SMS reply granted no consent: no pending consent, no code, or a wrong code");
    return { status: 200, body: { granted: granted !== null, consentId: granted?.id ?? null } };
  };
}
