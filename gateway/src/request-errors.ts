import { GraphQLError, Kind, parse, visit, type ASTNode, type GraphQLFormattedError } from "graphql";
import { ErrorCode } from "../../lib/errors/codes.ts";
import { commonMessages } from "../../lib/i18n/common-messages.ts";
import { formatMessage, type Language } from "../../lib/i18n/language.ts";

const UNKNOWN_ENUM_VALUE = /Value "([^"]*)" does not exist in "(\w+)" enum/;
const NON_STRING_ENUM_VALUE = /Enum "(\w+)" cannot represent non-string value: ([^.]*)/;
const INVALID_VARIABLE = /^Variable "\$(\w+)" got invalid value .*?(?: at "([^"]+)")?; /;

/** Allowed values of every enum in the supergraph, by enum name. */
export type EnumValues = Map<string, string[]>;

/** Collects the enums of a supergraph SDL, leaving out federation's own. */
export function collectEnumValues(supergraphSdl: string): EnumValues {
  const enums: EnumValues = new Map();
  for (const definition of parse(supergraphSdl).definitions) {
    if (definition.kind !== Kind.ENUM_TYPE_DEFINITION || /^(join|link)__/.test(definition.name.value)) continue;
    enums.set(definition.name.value, (definition.values ?? []).map((value) => value.name.value));
  }
  return enums;
}

/** Finds the argument path (`input.documentKind`) of the literal at a character offset of the operation. */
function argumentPathAt(source: string, offset: number): string | undefined {
  let found: string | undefined;
  visit(parse(source), {
    enter(node: ASTNode, _key, parent, _path, ancestors) {
      if (found !== undefined || node.loc?.start !== offset || node.kind === Kind.ARGUMENT || node.kind === Kind.OBJECT_FIELD) return;
      // graphql-js leaves the direct parent out of `ancestors`.
      const names = [...ancestors, parent]
        .filter((entry): entry is ASTNode => !Array.isArray(entry) && typeof entry === "object" && entry !== null && "kind" in entry)
        .flatMap((entry) => (entry.kind === Kind.ARGUMENT || entry.kind === Kind.OBJECT_FIELD ? [entry.name.value] : []));
      if (names.length > 0) found = names.join(".");
    },
  });
  return found;
}

/**
 * Rewrites graphql-js's errors for an enum value that does not exist (in a
 * literal or a variable) into BAD_USER_INPUT with the argument path in
 * `extensions.field`, the allowed values, and a message in the caller's
 * language. Returns null for any other error.
 */
export function localizeEnumError(formatted: GraphQLFormattedError, error: unknown, enums: EnumValues, language: Language): GraphQLFormattedError | null {
  const unknownValue = UNKNOWN_ENUM_VALUE.exec(formatted.message);
  const nonString = unknownValue ? null : NON_STRING_ENUM_VALUE.exec(formatted.message);
  if (!unknownValue && !nonString) return null;

  const value = unknownValue ? unknownValue[1] : nonString?.[2];
  const enumName = (unknownValue ? unknownValue[2] : nonString?.[1]) ?? "";

  const variable = INVALID_VARIABLE.exec(formatted.message);
  let field = variable ? (variable[2] ?? variable[1]) : undefined;
  // Duck-typed: Apollo Server may load graphql's CommonJS build, so instanceof can fail.
  const location = (error as Partial<GraphQLError> | undefined)?.nodes?.[0]?.loc;
  if (!field && location) field = argumentPathAt(location.source.body, location.start);
  field ??= enumName;

  const allowed = enums.get(enumName) ?? [];
  return {
    message: formatMessage(commonMessages.invalidEnumValue[language], { field, value: value ?? "", allowed: allowed.join(", ") }),
    locations: formatted.locations,
    extensions: { code: ErrorCode.BAD_USER_INPUT, field, allowedValues: allowed },
  };
}
