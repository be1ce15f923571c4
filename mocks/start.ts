import { createDigitalDocumentsMock } from "./digital-documents/server.ts";
import { createEgovGatewayMock } from "./egov-gateway/server.ts";
import type { RunningMock } from "./lib/mock-server.ts";
import { createSmsGatewayMock } from "./sms-gateway/server.ts";
import { runMain } from "../lib/process/run-main.ts";

/** Default ports of the mocked state systems. */
export const MOCK_PORTS = { egovGateway: 4101, smsGateway: 4102, digitalDocuments: 4103 } as const;

/** The three mocked state systems, running. */
export interface RunningMocks {
  egovGateway: RunningMock;
  smsGateway: RunningMock;
  digitalDocuments: RunningMock;
  stop(): Promise<void>;
}

/** Options of the mocked state systems as a whole. */
export interface MocksOptions {
  /** URL that receives each SMS reply posted to the SMS gateway mock's `POST /sms/reply`; without it, replies are only recorded. */
  smsReplyWebhookUrl?: string | (() => string | undefined);
}

/** Starts every mocked state system; pass zeros for free ports. */
export async function startMocks(ports: Record<keyof typeof MOCK_PORTS, number> = MOCK_PORTS, options: MocksOptions = {}): Promise<RunningMocks> {
  // All three are built before any listens, so an invalid option throws with no server left open.
  const mocks = [createEgovGatewayMock(), createSmsGatewayMock({ replyWebhookUrl: options.smsReplyWebhookUrl }), createDigitalDocumentsMock()] as const;
  const egovGateway = await mocks[0].listen(ports.egovGateway);
  const smsGateway = await mocks[1].listen(ports.smsGateway);
  const digitalDocuments = await mocks[2].listen(ports.digitalDocuments);
  return {
    egovGateway,
    smsGateway,
    digitalDocuments,
    stop: async () => void (await Promise.all([egovGateway.stop(), smsGateway.stop(), digitalDocuments.stop()])),
  };
}

runMain(import.meta.url, () => {
  const port = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
  const smsReplyWebhookUrl = process.env.SMS_REPLY_WEBHOOK_URL || undefined;
  return startMocks(
    {
      egovGateway: port("EGOV_GATEWAY_MOCK_PORT", MOCK_PORTS.egovGateway),
      smsGateway: port("SMS_GATEWAY_MOCK_PORT", MOCK_PORTS.smsGateway),
      digitalDocuments: port("DIGITAL_DOCUMENTS_MOCK_PORT", MOCK_PORTS.digitalDocuments),
    },
    { smsReplyWebhookUrl },
  ).then((mocks) => {
    for (const mock of [mocks.egovGateway, mocks.smsGateway, mocks.digitalDocuments]) console.log(`mock ${mock.name}: ${mock.url}`);
    console.log(`mock sms-gateway forwards replies to: ${smsReplyWebhookUrl ?? "nowhere (SMS_REPLY_WEBHOOK_URL is not set)"}`);
    return mocks;
  });
});
