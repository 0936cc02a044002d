import type { GraphQLFormattedError } from 'graphql';

/** One GraphQL response as a test sees it: HTTP status and headers too. */
export interface GraphQLResult<Data = Record<string, unknown>> {
  status: number;
  headers: Headers;
  data?: Data | null;
  errors?: GraphQLFormattedError[];
  extensions?: Record<string, unknown>;
}

export interface RequestOptions {
  variables?: Record<string, unknown>;
  /** Sent as `Authorization: Bearer <token>`. */
  token?: string;
  headers?: Record<string, string>;
  operationName?: string;
}

/** POSTs one operation to a GraphQL endpoint and returns status, headers and body. */
export async function postGraphQL<Data = Record<string, unknown>>(
  url: string,
  query: string,
  options: RequestOptions = {},
): Promise<GraphQLResult<Data>> {
  const res = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json, application/json',
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      ...options.headers,
    },
    body: JSON.stringify({ query, variables: options.variables, operationName: options.operationName }),
  });
  const text = await res.text();
  let body: Omit<GraphQLResult<Data>, 'status' | 'headers'> = {};
  try {
    body = JSON.parse(text) as typeof body;
  } catch {
    body = { errors: [{ message: `non-JSON response: ${text.slice(0, 200)}` }] };
  }
  return { status: res.status, headers: res.headers, ...body };
}

/** The `extensions.code` of each error, for compact assertions. */
export function errorCodes(result: GraphQLResult<unknown>): string[] {
  return (result.errors ?? []).map((e) => String(e.extensions?.['code']));
}
