/** GraphQL documents the integration tests send, written as a client would. */
export const USER_FIELDS = 'id name email phone role isGuest createdAt';
export const AUTH_FIELDS = `accessToken refreshToken expiresAt user { ${USER_FIELDS} }`;

export const REGISTER = `mutation ($input: RegisterInput!) { register(input: $input) { ${AUTH_FIELDS} } }`;
export const LOGIN = `mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { ${AUTH_FIELDS} } }`;
export const REFRESH = `mutation ($token: String!) { refreshSession(refreshToken: $token) { ${AUTH_FIELDS} } }`;
export const LOGOUT = `mutation ($token: String!) { logout(refreshToken: $token) }`;
export const GUEST = `mutation ($name: String) { startGuestSession(name: $name) { ${AUTH_FIELDS} } }`;
export const ME = `{ me { ${USER_FIELDS} } }`;
export const USERS = `query ($role: Role, $first: Int, $after: String) { users(role: $role, first: $first, after: $after) { ${USER_FIELDS} } }`;
export const CREATE_STAFF = `mutation ($input: CreateStaffInput!) { createStaffAccount(input: $input) { ${USER_FIELDS} } }`;
export const CREATE_API_KEY = `mutation ($name: String!) { createApiKey(name: $name) { secret apiKey { id name prefix createdAt revokedAt } } }`;
export const REVOKE_API_KEY = `mutation ($id: ID!) { revokeApiKey(id: $id) { id name prefix createdAt revokedAt } }`;
export const MY_API_KEYS = `{ myApiKeys { id name prefix createdAt revokedAt } }`;
export const ENTITIES = `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on User { ${USER_FIELDS} } } }`;

export interface UserResult {
  id: string;
  name: string;
  email: string | null;
  phone: string | null;
  role: string;
  isGuest: boolean;
  createdAt: string;
}
export interface AuthResultData {
  accessToken: string;
  refreshToken: string;
  expiresAt: string;
  user: UserResult;
}
