import * as oauth from 'oauth4webapi';
import type { IdentityProvider } from '../../app/app-config';

/** Where the provider sends the browser back with the code; a route of this app. */
export const CALLBACK_PATH = '/login/callback';
/** What the app keeps across the redirect, in this tab only (sessionStorage): never in a URL or a cookie. */
const PENDING_KEY = 'foodgraph.oidc.pending';

interface Pending {
  issuer: string;
  clientId: string;
  state: string;
  codeVerifier: string;
  /** Where to go after signing in, a path of this app. */
  next: string;
}

export interface ProviderTokens {
  accessToken: string;
  refreshToken: string | null;
  /** Seconds the access token lives, when the provider says. */
  expiresIn: number | null;
}

const servers = new Map<string, Promise<oauth.AuthorizationServer>>();

/** The provider's metadata from its discovery document, fetched once per page load. */
function discover(issuer: string): Promise<oauth.AuthorizationServer> {
  let server = servers.get(issuer);
  if (!server) {
    const url = new URL(issuer);
    const options = url.protocol === 'http:' ? { [oauth.allowInsecureRequests]: true } : {};
    server = oauth.discoveryRequest(url, { algorithm: 'oidc', ...options }).then((res) => oauth.processDiscoveryResponse(url, res));
    servers.set(issuer, server);
    server.catch(() => servers.delete(issuer));
  }
  return server;
}

/** A provider on plain http (a laptop's Keycloak) is allowed; production providers are https. */
function requestOptions(issuer: string) {
  return new URL(issuer).protocol === 'http:' ? { [oauth.allowInsecureRequests]: true } : {};
}

const redirectUri = () => new URL(CALLBACK_PATH, window.location.origin).href;

/**
 * Starts the authorization-code flow with PKCE: a fresh code verifier and state kept in this
 * tab, then the browser goes to the provider's authorization endpoint.
 */
export async function startProviderSignIn(provider: IdentityProvider, next: string): Promise<void> {
  const server = await discover(provider.issuer);
  if (!server.authorization_endpoint) throw new Error('The identity provider has no authorization endpoint');
  const codeVerifier = oauth.generateRandomCodeVerifier();
  const state = oauth.generateRandomState();
  const pending: Pending = { issuer: provider.issuer, clientId: provider.clientId, state, codeVerifier, next };
  sessionStorage.setItem(PENDING_KEY, JSON.stringify(pending));
  const url = new URL(server.authorization_endpoint);
  url.search = new URLSearchParams({
    response_type: 'code',
    client_id: provider.clientId,
    redirect_uri: redirectUri(),
    scope: 'openid profile email',
    state,
    code_challenge: await oauth.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: 'S256',
  }).toString();
  window.location.assign(url.href);
}

/**
 * Finishes the flow on the callback page: checks the state against the one this tab sent (a
 * callback nobody here started is refused), exchanges the code with the verifier at the
 * provider's token endpoint, and forgets the pending sign-in whatever happens.
 */
export async function completeProviderSignIn(callback: URL): Promise<{ tokens: ProviderTokens; issuer: string; next: string }> {
  const raw = sessionStorage.getItem(PENDING_KEY);
  sessionStorage.removeItem(PENDING_KEY);
  if (!raw) throw new Error('No sign-in was started in this tab');
  const pending = JSON.parse(raw) as Pending;
  const server = await discover(pending.issuer);
  const client: oauth.Client = { client_id: pending.clientId };
  const params = oauth.validateAuthResponse(server, client, callback, pending.state);
  const response = await oauth.authorizationCodeGrantRequest(
    server,
    client,
    oauth.None(),
    params,
    redirectUri(),
    pending.codeVerifier,
    requestOptions(pending.issuer),
  );
  const result = await oauth.processAuthorizationCodeResponse(server, client, response);
  return { tokens: tokensOf(result), issuer: pending.issuer, next: pending.next };
}

/** A new access token from the provider's refresh token (the provider rotates it or not). */
export async function refreshAtProvider(issuer: string, clientId: string, refreshToken: string): Promise<ProviderTokens> {
  const server = await discover(issuer);
  const client: oauth.Client = { client_id: clientId };
  const response = await oauth.refreshTokenGrantRequest(server, client, oauth.None(), refreshToken, requestOptions(issuer));
  const tokens = tokensOf(await oauth.processRefreshTokenResponse(server, client, response));
  return { ...tokens, refreshToken: tokens.refreshToken ?? refreshToken };
}

function tokensOf(result: oauth.TokenEndpointResponse): ProviderTokens {
  return { accessToken: result.access_token, refreshToken: result.refresh_token ?? null, expiresIn: result.expires_in ?? null };
}
