/**
 * The roles of the platform, as in the contract's `Role` enum. STAFF (second wave) runs the
 * kitchen of the restaurants it works at, nothing else.
 */
export const Role = { Customer: 'CUSTOMER', Partner: 'PARTNER', Courier: 'COURIER', Admin: 'ADMIN', Staff: 'STAFF' } as const;
export type Role = (typeof Role)[keyof typeof Role];
export const ROLES: readonly Role[] = Object.values(Role);

/**
 * Who is calling, as verified by the router and forwarded to subgraphs in a signed header.
 * Subgraphs trust it only after checking the router's signature (see `router-signature.ts`).
 */
export type Identity =
  | { readonly kind: 'anonymous' }
  | {
      readonly kind: 'user';
      readonly userId: string;
      readonly role: Role;
      readonly isGuest: boolean;
      /** Set when the caller authenticated with a partner API key instead of a token. */
      readonly apiKeyId?: string;
    }
  | {
      /**
       * A customer identified at a shop's kiosk by their document (`identifyCustomer`): a short
       * session that may place, pay and follow the orders placed in it, nothing else. A kind of
       * its own rather than a flag on `user`, so that every check written for signed-in users
       * (`kind === 'user'`, `signedIn`) refuses it unless a guard lets it in on purpose.
       */
      readonly kind: 'kiosk';
      readonly userId: string;
      /** The kiosk session; orders placed in it carry it, and only those are its to see. */
      readonly kioskSessionId: string;
    };

export const ANONYMOUS: Identity = Object.freeze({ kind: 'anonymous' });

export type UserIdentity = Extract<Identity, { kind: 'user' }>;
export type KioskIdentity = Extract<Identity, { kind: 'kiosk' }>;

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** Parses an identity from untrusted JSON; anything malformed becomes `null`. */
export function parseIdentity(value: unknown): Identity | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  if (v['kind'] === 'anonymous') return ANONYMOUS;
  if (v['kind'] === 'kiosk') {
    if (typeof v['userId'] !== 'string' || typeof v['kioskSessionId'] !== 'string') return null;
    return { kind: 'kiosk', userId: v['userId'], kioskSessionId: v['kioskSessionId'] };
  }
  if (v['kind'] !== 'user' || typeof v['userId'] !== 'string' || !isRole(v['role'])) return null;
  return {
    kind: 'user',
    userId: v['userId'],
    role: v['role'],
    isGuest: v['isGuest'] === true,
    ...(typeof v['apiKeyId'] === 'string' ? { apiKeyId: v['apiKeyId'] } : {}),
  };
}
