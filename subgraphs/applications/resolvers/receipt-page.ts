import type { PageRoute } from "../../../lib/http/graphql-http-server.ts";
import { applicationMessages } from "../domain/messages.ts";
import { formatMessage } from "../../../lib/i18n/language.ts";
import type { ApplicationsPrisma } from "../data/database.ts";
import { renderReceiptHtml, toReceiptFacts } from "../domain/refusal-receipt-text.ts";

/** Path prefix of printable refusal receipts, on this subgraph and on the gateway. */
export const RECEIPTS_PATH = "/receipts/";

/** Serves a refusal receipt as a printable HTML page in Kazakh, Russian and English, by its number. */
export function createReceiptPage(prisma: ApplicationsPrisma): PageRoute {
  return async (number, scope) => {
    const receipt = /^RCPT-\d{4}-\d{6}$/.test(number) ? await prisma.refusalReceipt.findUnique({ where: { number }, include: { application: true } }) : null;
    if (!receipt) {
      const message = formatMessage(applicationMessages.receiptNotFound[scope.language], { number });
      return { status: 404, contentType: "text/plain; charset=utf-8", body: message };
    }
    return { status: 200, contentType: "text/html; charset=utf-8", body: renderReceiptHtml(toReceiptFacts(receipt, receipt.application)) };
  };
}
