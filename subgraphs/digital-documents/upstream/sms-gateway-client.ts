import { z } from "zod";
import { createUpstreamClient } from "../../../lib/upstream/http-client.ts";

/** Sends text messages through the SMS gateway. */
export interface SmsGatewayClient {
  /** Sends one message; never retried, so a message is not delivered twice. */
  send(to: string, text: string): Promise<void>;
}

const SYSTEM_NAME = { kk: "SMS шлюзі", ru: "SMS-шлюз", en: "SMS gateway" };

/** Creates the SMS gateway client. */
export function createSmsGatewayClient(options: { baseUrl: string; timeoutMs: number }): SmsGatewayClient {
  const http = createUpstreamClient({ systemName: SYSTEM_NAME, baseUrl: options.baseUrl, timeoutMs: options.timeoutMs, readRetries: 0 });
  return {
    async send(to, text) {
      await http.postJson("/sms/send", { to, text }, z.object({ messageId: z.string() }));
    },
  };
}
