/** A GraphQL response body as a client receives it. */
export interface GraphQLAnswer<TData = Record<string, any>> {
  data?: TData | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, any> }[];
}

/** Headers that name the caller, as the gateway expects them. */
export const actorHeaders = (role: string, id: string, org?: string): Record<string, string> => ({
  "x-actor-role": role,
  "x-actor-id": id,
  ...(org ? { "x-actor-org": org } : {}),
});

/** Posts an operation to a GraphQL endpoint as a browser would, with an optional Accept-Language and more headers. */
export async function postGraphQL<TData = Record<string, any>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  language?: string,
  headers: Record<string, string> = {},
): Promise<GraphQLAnswer<TData>> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...(language ? { "accept-language": language } : {}), ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GraphQLAnswer<TData>;
}
