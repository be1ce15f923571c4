import { randomUUID } from "node:crypto";
import { MockServer } from "../lib/mock-server.ts";
import { parseMessage, SHORT_NUMBER } from "./phone.ts";
import { addReplyRoutes } from "./replies.ts";

/** A text message as the mock SMS gateway delivered it. */
export interface DeliveredSms {
  id: string;
  /** Short number that sends e-government messages. */
  from: string;
  to: string;
  text: string;
  sentAt: string;
}

/** Options of the SMS gateway mock. */
export interface SmsGatewayMockOptions {
  /**
   * URL that receives each reply posted to `POST /sms/reply` as
   * `POST {"from", "text", "receivedAt"}`. Without it, replies are only recorded.
   */
  replyWebhookUrl?: string | (() => string | undefined);
  /** Milliseconds to wait for the reply webhook before `POST /sms/reply` returns 502; 5000 by default. */
  replyWebhookTimeoutMs?: number;
}

/**
 * Mock of the SMS gateway: `POST /sms/send {"to", "text"}` delivers a message
 * from 1414, and testers read each phone's inbox at `GET /sms/inbox/:phone`
 * (newest last). `POST /sms/reply {"from", "text"}` simulates the phone's
 * owner replying to 1414; see `./replies.ts`. `POST /_control/reset` empties
 * every inbox and the list of replies.
 */
export function createSmsGatewayMock(options: SmsGatewayMockOptions = {}): MockServer {
  const inboxes = new Map<string, DeliveredSms[]>();
  const server = new MockServer("sms-gateway")
    .onReset(() => inboxes.clear())
    .route("POST", "/sms/send", ({ body }) => {
      const { to, text } = (body ?? {}) as { to?: unknown; text?: unknown };
      const parsed = parseMessage("to", to, text);
      if ("error" in parsed) return { status: 400, body: parsed };

      const message: DeliveredSms = { id: randomUUID(), from: SHORT_NUMBER, to: parsed.phone, text: parsed.text, sentAt: new Date().toISOString() };
      inboxes.set(message.to, [...(inboxes.get(message.to) ?? []), message]);
      return { status: 202, body: { messageId: message.id } };
    })
    .route("GET", "/sms/inbox/:phone", ({ params }) => {
      const phone = params.phone ?? "";
      return { status: 200, body: { phone, messages: inboxes.get(phone) ?? [] } };
    });

  return addReplyRoutes(server, { webhookUrl: options.replyWebhookUrl, timeoutMs: options.replyWebhookTimeoutMs });
}
