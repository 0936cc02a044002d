/** What the store knows about a presented refresh token and its session (token family). */
export interface RefreshTokenState {
  /** When the token was exchanged for a new pair; `null` while it is the family's current one. */
  usedAt: Date | null;
  expiresAt: Date;
  /** When the whole session was revoked (logout, reuse detected); `null` while it is live. */
  sessionRevokedAt: Date | null;
}

/**
 * The outcome of presenting a refresh token:
 * - `rotate`: mark it used and hand out a new pair in the same family;
 * - `revoke-family`: an already-used token came back, so someone holds a copy — the thief or
 *   the victim, we cannot tell which — and the whole session ends for both;
 * - `reject`: the token is unknown, expired or its session is over; nothing changes.
 */
export type RefreshDecision =
  { kind: 'rotate' } | { kind: 'revoke-family'; reason: 'reuse' } | { kind: 'reject'; reason: 'unknown' | 'revoked' | 'expired' };

/** Decides what a refresh does; pure so the rules are tested without a database. */
export function decideRefresh(state: RefreshTokenState | undefined, now: Date): RefreshDecision {
  if (!state) return { kind: 'reject', reason: 'unknown' };
  // A revoked family stays revoked: replaying its tokens only gets a rejection.
  if (state.sessionRevokedAt !== null) return { kind: 'reject', reason: 'revoked' };
  // Reuse is checked before expiry: a stolen token replayed late still ends the session.
  if (state.usedAt !== null) return { kind: 'revoke-family', reason: 'reuse' };
  if (state.expiresAt.getTime() <= now.getTime()) return { kind: 'reject', reason: 'expired' };
  return { kind: 'rotate' };
}
