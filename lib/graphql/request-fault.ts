import type { GraphQLFormattedError } from "graphql";
import type { Language, LocalizedText } from "../i18n/language.ts";

/** Summaries put before graphql-js's English detail, by error code. */
const SUMMARIES: Record<string, LocalizedText> = {
  GRAPHQL_PARSE_FAILED: { kk: "GraphQL сұрауының синтаксисі қате", ru: "Синтаксическая ошибка в запросе GraphQL", en: "" },
  GRAPHQL_VALIDATION_FAILED: { kk: "GraphQL сұрауы схемаға сәйкес емес", ru: "Запрос GraphQL не соответствует схеме", en: "" },
  BAD_USER_INPUT: { kk: "Сұрау айнымалылары қате", ru: "Неверные переменные запроса", en: "" },
  BAD_REQUEST: { kk: "HTTP сұрауы қате", ru: "Некорректный HTTP-запрос", en: "" },
};

/** Patterns of graphql-js messages that name the field or variable at fault. */
const FIELD_PATTERNS: RegExp[] = [
  /^Field "(\w+\.\w+)" of required type/,
  /^Variable "\$(\w+)"/,
  /^Cannot query field "(\w+)" on type "(\w+)"/,
  /^Unknown argument "(\w+)" on field "(\w+\.\w+)"/,
];

function fieldOf(message: string): string | undefined {
  for (const pattern of FIELD_PATTERNS) {
    const match = pattern.exec(message);
    if (!match) continue;
    if (pattern.source.startsWith("^Cannot query")) return `${match[2]}.${match[1]}`;
    if (pattern.source.startsWith("^Unknown argument")) return `${match[2]}(${match[1]})`;
    return match[1];
  }
  return undefined;
}

/**
 * Renders a fault in the request itself (syntax, schema validation, variable
 * types, HTTP shape) for the caller. graphql-js's precise English detail is
 * kept, preceded in Kazakh or Russian by a summary in that language. Where the
 * message names a field or variable, it goes to `extensions.field`. Stack
 * traces are dropped.
 */
export function renderRequestFault(formatted: GraphQLFormattedError, code: string, language: Language): GraphQLFormattedError {
  const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
  const detail = formatted.message.trim();
  const summary = SUMMARIES[code]?.[language];
  const field = fieldOf(detail);

  return {
    ...formatted,
    message: summary ? `${summary}: ${detail}` : detail,
    extensions: { ...extensions, code, ...(field && !("field" in extensions) ? { field } : {}) },
  };
}
