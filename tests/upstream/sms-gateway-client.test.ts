import nock from "nock";
import { describe, expect, it } from "vitest";
import { ServiceError } from "../../lib/errors/service-error.ts";
import { createSmsGatewayClient } from "../../subgraphs/digital-documents/upstream/sms-gateway-client.ts";
import { useStrictNock } from "./nock-setup.ts";

const BASE = "http://sms.test";
useStrictNock();

describe("SMS gateway client", () => {
  it("sends a message once", async () => {
    nock(BASE).post("/sms/send", { to: "+77084387209", text: "code 123456" }).reply(202, { messageId: "m1" });
    await createSmsGatewayClient({ baseUrl: BASE, timeoutMs: 500 }).send("+77084387209", "code 123456");
  });

  it("never repeats a send that timed out", async () => {
    // Exactly one interceptor: a second attempt would fail with "no match" and leave this test red.
    nock(BASE).post("/sms/send").delay(1000).reply(202, { messageId: "m1" });
    const error = await createSmsGatewayClient({ baseUrl: BASE, timeoutMs: 200 }).send("+77084387209", "code").catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ServiceError);
    expect((error as ServiceError).code).toBe("UPSTREAM_TIMEOUT");
  });

  it("never repeats a send after a 503", async () => {
    nock(BASE).post("/sms/send").reply(503);
    const error = await createSmsGatewayClient({ baseUrl: BASE, timeoutMs: 500 }).send("+77084387209", "code").catch((caught: unknown) => caught);
    expect((error as ServiceError).code).toBe("UPSTREAM_UNAVAILABLE");
  });
});
