import { signRouterRequest, type Identity, type Role } from '@foodgraph/platform/auth';
import { uuidv7 } from '@foodgraph/platform/ids';

/** A GraphQL response as a subgraph sends it. */
export interface SubgraphResponse<T = Record<string, unknown>> {
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

export type UserIdentity = Extract<Identity, { kind: 'user' }>;

/** A signed-in user with a fresh id, as the router forwards it to a subgraph. */
export function userIdentity(role: Role): UserIdentity {
  return { kind: 'user', userId: uuidv7(), role, isGuest: false };
}

/** A caller without a session. */
export const ANONYMOUS: Identity = { kind: 'anonymous' };

/**
 * POSTs one operation to a subgraph's `/graphql` as the router would: signed with the secret
 * the subgraph shares with the router, for `identity`. Subgraphs refuse unsigned requests.
 */
export function postSigned(
  url: string,
  routerSecret: string,
  identity: Identity,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<Response> {
  const body = JSON.stringify({ query, variables });
  return fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...signRouterRequest(routerSecret, identity, uuidv7(), body) },
    body,
  });
}

/** {@link postSigned}, read as the subgraph's GraphQL response. */
export async function callSubgraph<T = Record<string, unknown>>(
  url: string,
  routerSecret: string,
  identity: Identity,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<SubgraphResponse<T>> {
  const res = await postSigned(url, routerSecret, identity, query, variables);
  return (await res.json()) as SubgraphResponse<T>;
}

/** The data of a response that must have succeeded. */
export function ok<T>(response: SubgraphResponse<T>): T {
  if (response.errors?.length) throw new Error(`unexpected errors: ${JSON.stringify(response.errors)}`);
  return response.data as T;
}

/** The first error's message and extensions of a response that must have failed. */
export function errorOf(response: SubgraphResponse<unknown>): Record<string, unknown> {
  const error = response.errors?.[0];
  if (!error) throw new Error(`expected an error, got ${JSON.stringify(response.data)}`);
  return { message: error.message, ...error.extensions };
}
