import type { OidcMappedRole } from '@foodgraph/platform/config';

/** Most privileged first: a person holding several mapped roles acts with the strongest. */
const PRECEDENCE: readonly OidcMappedRole[] = ['ADMIN', 'PARTNER', 'COURIER', 'CUSTOMER'];

/** The value at a dot path of the claims (`realm_access.roles`), or undefined. */
export function claimAt(claims: Readonly<Record<string, unknown>>, path: readonly string[]): unknown {
  let value: unknown = claims;
  for (const part of path) {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

/**
 * The platform role of a token: its provider roles (an array of strings, or one string, at
 * `rolesClaim`) through `roleMap`, the most privileged one when several map. `undefined` when
 * none maps — the provider knows the person, the platform has nothing for them.
 */
export function mappedRole(
  claims: Readonly<Record<string, unknown>>,
  rolesClaim: readonly string[],
  roleMap: ReadonlyMap<string, OidcMappedRole>,
): OidcMappedRole | undefined {
  const raw = claimAt(claims, rolesClaim);
  const names = typeof raw === 'string' ? [raw] : Array.isArray(raw) ? raw.filter((r): r is string => typeof r === 'string') : [];
  const mapped = new Set(names.map((name) => roleMap.get(name)));
  return PRECEDENCE.find((role) => mapped.has(role));
}

/**
 * What the users subgraph stores about a first-seen person: a name always, an email when the
 * provider has one it does not say is unverified (an unverified address proves nothing, and
 * email addresses are unique on the platform).
 */
export function profileOf(claims: Readonly<Record<string, unknown>>): { name: string; email: string | undefined } {
  const text = (key: string) => {
    const v = claims[key];
    return typeof v === 'string' && v.trim() !== '' ? v.trim().slice(0, 200) : undefined;
  };
  const email = claims['email_verified'] === false ? undefined : text('email');
  return { name: text('name') ?? text('preferred_username') ?? email ?? 'Unnamed user', email };
}
