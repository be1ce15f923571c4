import { afterEach, describe, expect, it } from "vitest";
import { createSmsGatewayMock } from "../../mocks/sms-gateway/server.ts";
import { startMocks, type RunningMocks } from "../../mocks/start.ts";
import { getJson, postJson, startWebhook, type TestWebhook } from "./http.ts";

const PHONE = "+77084387209";
const ZEROS = { egovGateway: 0, smsGateway: 0, digitalDocuments: 0 };

/** Servers a test started, stopped after it. */
const running: { stop(): Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((server) => server.stop()));
});

async function mocksWithWebhook(webhook: TestWebhook | undefined): Promise<RunningMocks> {
  const mocks = await startMocks(ZEROS, { smsReplyWebhookUrl: webhook?.url });
  running.push(mocks);
  return mocks;
}

async function webhookAnswering(status: number | undefined): Promise<TestWebhook> {
  const webhook = await startWebhook(status);
  running.push(webhook);
  return webhook;
}

describe("sms reply", () => {
  it("forwarded to webhook", async () => {
    const webhook = await webhookAnswering(204);
    const mocks = await mocksWithWebhook(webhook);

    const before = Date.now();
    const answer = await postJson(`${mocks.smsGateway.url}/sms/reply`, { from: PHONE, text: "123456" });

    expect(answer.status).toBe(202);
    expect(answer.body).toEqual({ replyId: expect.any(String), delivered: true, status: 204 });
    expect(webhook.received).toHaveLength(1);
    const [forwarded] = webhook.received;
    expect(forwarded?.method).toBe("POST");
    expect(forwarded?.path).toBe("/sms-replies");
    expect(forwarded?.contentType).toBe("application/json");
    expect(forwarded?.body).toEqual({ from: PHONE, text: "123456", receivedAt: expect.any(String) });
    expect(Date.parse((forwarded?.body as { receivedAt: string }).receivedAt)).toBeGreaterThanOrEqual(before);
  });

  it("recorded in replies", async () => {
    const mocks = await mocksWithWebhook(await webhookAnswering(200));
    const first = await postJson(`${mocks.smsGateway.url}/sms/reply`, { from: PHONE, text: "123456" });
    await postJson(`${mocks.smsGateway.url}/sms/reply`, { from: "+77017929820", text: "ДА" });

    const replies = await getJson(`${mocks.smsGateway.url}/sms/replies`);
    expect(replies.status).toBe(200);
    expect(replies.body.replies).toHaveLength(2);
    expect(replies.body.replies[0]).toEqual({ id: first.body.replyId, from: PHONE, to: "1414", text: "123456", receivedAt: expect.any(String) });
    expect(replies.body.replies[1].text).toBe("ДА");
  });

  it("webhook error status", async () => {
    const mocks = await mocksWithWebhook(await webhookAnswering(500));

    const answer = await postJson(`${mocks.smsGateway.url}/sms/reply`, { from: PHONE, text: "123456" });
    expect(answer.status).toBe(202);
    expect(answer.body.delivered).toBe(true);
    expect(answer.body.status).toBe(500);
  });

  it("no webhook configured", async () => {
    const mocks = await mocksWithWebhook(undefined);

    const answer = await postJson(`${mocks.smsGateway.url}/sms/reply`, { from: PHONE, text: "123456" });
    expect(answer.status).toBe(202);
    expect(answer.body.delivered).toBe(false);
    expect(answer.body.reason).toContain("no reply webhook is configured");
    expect((await getJson(`${mocks.smsGateway.url}/sms/replies`)).body.replies).toHaveLength(1);
  });

  it("webhook down", async () => {
    const webhook = await startWebhook(200);
    await webhook.stop();
    const mocks = await mocksWithWebhook(webhook);

    const answer = await postJson(`${mocks.smsGateway.url}/sms/reply`, { from: PHONE, text: "123456" });
    expect(answer.status).toBe(502);
    expect(answer.body.error).toContain(`reply webhook ${webhook.url} could not be reached`);
    expect(answer.body.error).toContain("ECONNREFUSED");
    expect((await getJson(`${mocks.smsGateway.url}/sms/replies`)).body.replies).toHaveLength(1);
  });

  it("webhook timeout", async () => {
    const webhook = await webhookAnswering(undefined);
    const mock = await createSmsGatewayMock({ replyWebhookUrl: webhook.url, replyWebhookTimeoutMs: 200 }).listen(0);
    running.push(mock);

    const answer = await postJson(`${mock.url}/sms/reply`, { from: PHONE, text: "123456" });
    expect(answer.status).toBe(502);
    expect(answer.body.error).toBe(`reply webhook ${webhook.url} timed out after 200 ms`);
  });

  it("reset empties replies", async () => {
    const mocks = await mocksWithWebhook(undefined);
    await postJson(`${mocks.smsGateway.url}/sms/reply`, { from: PHONE, text: "123456" });

    await postJson(`${mocks.smsGateway.url}/_control/reset`, {});
    expect((await getJson(`${mocks.smsGateway.url}/sms/replies`)).body.replies).toEqual([]);
  });
});

describe("sms reply bad input", () => {
  it.each([
    ["phone without plus", { from: "87084387209", text: "123456" }, '"from" must be a phone number like +77011234567'],
    ["phone too short", { from: "+7708438720", text: "123456" }, '"from" must be a phone number like +77011234567'],
    ["missing from", { text: "123456" }, '"from" must be a phone number like +77011234567'],
    ["empty text", { from: PHONE, text: "" }, '"text" must be 1 to 1000 characters'],
    ["text too long", { from: PHONE, text: "1".repeat(1001) }, '"text" must be 1 to 1000 characters'],
  ])("%s", async (_case, body, error) => {
    const webhook = await webhookAnswering(200);
    const mocks = await mocksWithWebhook(webhook);

    const answer = await postJson(`${mocks.smsGateway.url}/sms/reply`, body);
    expect(answer.status).toBe(400);
    expect(answer.body.error).toBe(error);
    expect(webhook.received).toEqual([]);
    expect((await getJson(`${mocks.smsGateway.url}/sms/replies`)).body.replies).toEqual([]);
  });

  it.each(["not a url", "ftp://127.0.0.1/replies"])("invalid webhook URL %s", (url) => {
    expect(() => createSmsGatewayMock({ replyWebhookUrl: url })).toThrow(/reply webhook URL/);
  });

  it("invalid webhook URL in startMocks", async () => {
    await expect(startMocks(ZEROS, { smsReplyWebhookUrl: "not a url" })).rejects.toThrow(/is not a valid URL/);
  });
});
