import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from "@apollo/gateway";
import { Kind, parse, type OperationDefinitionNode } from "graphql";
import { ErrorCode } from "../../lib/errors/codes.ts";
import { commonMessages } from "../../lib/i18n/common-messages.ts";
import { DEFAULT_LANGUAGE, formatMessage, type Language, type LocalizedText } from "../../lib/i18n/language.ts";
import type { GatewayContext } from "./context.ts";

type GatewayResponse = Awaited<ReturnType<RemoteGraphQLDataSource["process"]>>;

/** Names of the subgraphs as a caller reads them in an error message. */
export const SERVICE_NAMES: Record<string, LocalizedText> = {
  applications: { kk: "Өтініштер қызметі", ru: "сервис заявлений", en: "applications service" },
  identity: { kk: "Жеке тұлғалар қызметі", ru: "сервис физических лиц", en: "identity service" },
  "digital-documents": { kk: "Цифрлық құжаттар қызметі", ru: "сервис цифровых документов", en: "digital documents service" },
  schools: { kk: "Мектептер қызметі", ru: "сервис школ", en: "schools service" },
};

/** Response keys of the root fields of an operation, where errors of a failed root fetch belong. */
function rootResponseKeys(query: string | undefined): string[] {
  if (!query) return [];
  const operation = parse(query).definitions.find((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION);
  return (operation?.selectionSet.selections ?? []).flatMap((selection) =>
    selection.kind === Kind.FIELD ? [selection.alias?.value ?? selection.name.value] : [],
  );
}

/**
 * Calls one subgraph, passing on the caller's language, the request id and
 * the caller (`x-actor-role`, `x-actor-id`), so that subgraph messages come
 * in the caller's language and the logs of one request can be joined. When the subgraph cannot be reached, it returns
 * in its place UPSTREAM_UNAVAILABLE errors at the paths of the missing fields
 * (each entity, or each root field), so the rest of the query still resolves.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    private readonly serviceName: string,
    url: string,
  ) {
    super({ url });
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    if (!("language" in context)) return;
    request.http?.headers.set("accept-language", context.language);
    request.http?.headers.set("x-request-id", context.requestId);
    if (context.actor) {
      request.http?.headers.set("x-actor-role", context.actor.role);
      request.http?.headers.set("x-actor-id", context.actor.id);
      if (context.actor.org) request.http?.headers.set("x-actor-org", context.actor.org);
    }
  }

  override async process(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<GatewayResponse> {
    try {
      return await super.process(options);
    } catch (error) {
      const code = (error as { code?: string } | null)?.code;
      const unreachable = ["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EHOSTUNREACH", "ENOTFOUND"].includes(code ?? "") || (error as Error)?.name === "FetchError";
      if (!unreachable) throw error;
      return this.unavailableResponse(options);
    }
  }

  private unavailableResponse(options: GraphQLDataSourceProcessOptions<GatewayContext>): GatewayResponse {
    const language: Language = "language" in options.context ? options.context.language : DEFAULT_LANGUAGE;
    const name = SERVICE_NAMES[this.serviceName] ?? { kk: this.serviceName, ru: this.serviceName, en: this.serviceName };
    const message = formatMessage(commonMessages.serviceUnavailable[language], { service: name[language] });
    const extensions = { code: ErrorCode.UPSTREAM_UNAVAILABLE, upstream: this.serviceName };

    const representations = options.request.variables?.representations;
    if (Array.isArray(representations)) {
      return {
        data: { _entities: representations.map(() => null) },
        errors: representations.map((_, index) => ({ message, path: ["_entities", index], extensions })),
      } as GatewayResponse;
    }
    const keys = rootResponseKeys(options.request.query);
    return {
      data: Object.fromEntries(keys.map((key) => [key, null])),
      errors: keys.map((key) => ({ message, path: [key], extensions })),
    } as GatewayResponse;
  }
}
