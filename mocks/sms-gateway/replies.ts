import { randomUUID } from "node:crypto";
import type { MockResponse, MockServer } from "../lib/mock-server.ts";
import { parseMessage, SHORT_NUMBER } from "./phone.ts";

/** A reply a phone's owner sent to the short number 1414. */
export interface ReceivedReply {
  id: string;
  /** Phone that replied. */
  from: string;
  /** Short number the reply went to. */
  to: string;
  text: string;
  receivedAt: string;
}

/** Webhook settings of the reply path. */
export interface ReplyWebhookOptions {
  /**
   * URL that receives each reply as `POST {"from", "text", "receivedAt"}`; without it, replies are only recorded.
   * A function is read at each reply, for a receiver whose port is known only after the mock starts.
   */
  webhookUrl?: string | (() => string | undefined);
  /** Milliseconds to wait for the webhook's response; 5000 by default. */
  timeoutMs?: number;
}

/** Default milliseconds the mock waits for the reply webhook. */
export const DEFAULT_WEBHOOK_TIMEOUT_MS = 5000;

/** Checks a webhook URL at start-up, so a typo fails at once and not at the first reply. */
function checkWebhookUrl(webhookUrl: string): void {
  let url: URL;
  try {
    url = new URL(webhookUrl);
  } catch {
    throw new Error(`reply webhook URL ${JSON.stringify(webhookUrl)} is not a valid URL; set an absolute http:// or https:// URL`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") throw new Error(`reply webhook URL ${webhookUrl} must use http:// or https://`);
}

/**
 * Posts a reply to the webhook. Returns 202 with the webhook's status
 * whatever that status is, or 502 when the webhook could not be reached or
 * timed out.
 */
async function forward(reply: ReceivedReply, webhookUrl: string, timeoutMs: number): Promise<MockResponse> {
  try {
    const response = await fetch(webhookUrl, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ from: reply.from, text: reply.text, receivedAt: reply.receivedAt }),
      signal: AbortSignal.timeout(timeoutMs),
    });
    await response.body?.cancel();
    return { status: 202, body: { replyId: reply.id, delivered: true, status: response.status } };
  } catch (error) {
    const timedOut = error instanceof DOMException && error.name === "TimeoutError";
    // fetch rejects with "fetch failed" and puts the socket error, such as ECONNREFUSED, in `cause`.
    let detail = String(error);
    if (error instanceof Error) detail = error.cause instanceof Error ? error.cause.message : error.message;
    const reason = timedOut ? `timed out after ${timeoutMs} ms` : `could not be reached: ${detail}`;
    return { status: 502, body: { replyId: reply.id, error: `reply webhook ${webhookUrl} ${reason}` } };
  }
}

/**
 * Adds the reply path to the SMS gateway mock. `POST /sms/reply {"from", "text"}`
 * simulates the owner of phone `from` replying to 1414: the mock records the
 * reply, readable at `GET /sms/replies` (oldest first), and forwards it to
 * the webhook. `POST /_control/reset` empties the list.
 */
export function addReplyRoutes(server: MockServer, options: ReplyWebhookOptions = {}): MockServer {
  const { webhookUrl, timeoutMs = DEFAULT_WEBHOOK_TIMEOUT_MS } = options;
  if (typeof webhookUrl === "string") checkWebhookUrl(webhookUrl);
  if (!Number.isInteger(timeoutMs) || timeoutMs <= 0) throw new Error(`reply webhook timeout must be a positive integer of milliseconds, got ${timeoutMs}`);
  let replies: ReceivedReply[] = [];

  return server
    .onReset(() => {
      replies = [];
    })
    .route("POST", "/sms/reply", async ({ body }) => {
      const { from, text } = (body ?? {}) as { from?: unknown; text?: unknown };
      const parsed = parseMessage("from", from, text);
      if ("error" in parsed) return { status: 400, body: parsed };

      const reply: ReceivedReply = { id: randomUUID(), from: parsed.phone, to: SHORT_NUMBER, text: parsed.text, receivedAt: new Date().toISOString() };
      replies.push(reply);
      const url = typeof webhookUrl === "function" ? webhookUrl() : webhookUrl;
      if (url === undefined) {
        return { status: 202, body: { replyId: reply.id, delivered: false, reason: "no reply webhook is configured; start the mocks with SMS_REPLY_WEBHOOK_URL set" } };
      }
      if (typeof webhookUrl === "function") checkWebhookUrl(url);
      return forward(reply, url, timeoutMs);
    })
    .route("GET", "/sms/replies", () => ({ status: 200, body: { replies } }));
}
