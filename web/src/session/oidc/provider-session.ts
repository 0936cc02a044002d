import { ViewerDocument, type SessionFieldsFragment, type ViewerQuery } from '@generated/graphql';
import { GRAPHQL_URL } from '../../apollo/endpoint';
import { persistedExtensions } from '../../apollo/persisted-document';
import type { ProviderTokens } from './oidc-client';

/** When the provider does not say how long its token lives, and the token is not a readable JWT. */
const FALLBACK_LIFETIME_S = 300;

/** The access token's `exp` when it is a JWT (Keycloak's are), else the provider's `expires_in`. */
export function expiryOf(tokens: ProviderTokens, now = Date.now()): Date {
  try {
    const payload = JSON.parse(atob(tokens.accessToken.split('.')[1].replace(/-/g, '+').replace(/_/g, '/'))) as { exp?: unknown };
    if (typeof payload.exp === 'number') return new Date(payload.exp * 1000);
  } catch {
    // An opaque token: the provider's word below.
  }
  return new Date(now + (tokens.expiresIn ?? FALLBACK_LIFETIME_S) * 1000);
}

/**
 * The app's session for tokens of the identity provider: the router accepts the provider's
 * access token as the bearer token (and makes a foodgraph user of a first-seen person), so
 * `me` with it says who signed in.
 */
export async function providerSession(tokens: ProviderTokens): Promise<SessionFieldsFragment> {
  const response = await fetch(GRAPHQL_URL, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens.accessToken}` },
    body: JSON.stringify({ operationName: 'Viewer', variables: {}, extensions: persistedExtensions(ViewerDocument) }),
  });
  const body = (await response.json()) as { data?: ViewerQuery | null; errors?: { message: string }[] };
  const user = body.data?.me;
  if (!user) throw new Error(body.errors?.[0]?.message ?? `foodgraph refused the sign-in (${response.status})`);
  return {
    __typename: 'AuthPayload',
    accessToken: tokens.accessToken,
    // Kept for refreshing at the provider; an empty one means "sign in again when the token expires".
    refreshToken: tokens.refreshToken ?? '',
    expiresAt: expiryOf(tokens).toISOString(),
    user,
  };
}
