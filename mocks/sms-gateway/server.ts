import { randomUUID } from "node:crypto";
import { MockServer } from "../lib/mock-server.ts";

/** A text message as the mock SMS gateway delivered it. */
export interface DeliveredSms {
  id: string;
  /** Short number that sends e-government messages. */
  from: string;
  to: string;
  text: string;
  sentAt: string;
}

const PHONE = /^\+7\d{10}$/;

/**
 * Mock of the SMS gateway: `POST /sms/send {"to", "text"}` delivers a message
 * from 1414, and testers read each phone's inbox at `GET /sms/inbox/:phone`
 * (newest last). `POST /_control/reset` empties every inbox.
 */
export function createSmsGatewayMock(): MockServer {
  const inboxes = new Map<string, DeliveredSms[]>();

  return new MockServer("sms-gateway")
    .onReset(() => inboxes.clear())
    .route("POST", "/sms/send", ({ body }) => {
      const { to, text } = (body ?? {}) as { to?: unknown; text?: unknown };
      if (typeof to !== "string" || !PHONE.test(to)) return { status: 400, body: { error: "\"to\" must be a phone number like +77011234567" } };
      if (typeof text !== "string" || text.length === 0 || text.length > 1000) return { status: 400, body: { error: "\"text\" must be 1 to 1000 characters" } };

      const message: DeliveredSms = { id: randomUUID(), from: "1414", to, text, sentAt: new Date().toISOString() };
      inboxes.set(to, [...(inboxes.get(to) ?? []), message]);
      return { status: 202, body: { messageId: message.id } };
    })
    .route("GET", "/sms/inbox/:phone", ({ params }) => {
      const phone = params.phone ?? "";
      return { status: 200, body: { phone, messages: inboxes.get(phone) ?? [] } };
    });
}
