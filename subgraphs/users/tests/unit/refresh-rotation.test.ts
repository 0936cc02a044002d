import { decideRefresh } from '../../src/domain/refresh-rotation';

const now = new Date('2026-11-23T10:00:00Z');
const later = new Date('2026-12-23T10:00:00Z');
const earlier = new Date('2026-11-23T09:00:00Z');

describe('refresh-token rotation decision', () => {
  it('rotates a current, unexpired token of a live session', () => {
    expect(decideRefresh({ usedAt: null, expiresAt: later, sessionRevokedAt: null }, now)).toEqual({ kind: 'rotate' });
  });

  it('revokes the whole family when an already-used token comes back', () => {
    expect(decideRefresh({ usedAt: earlier, expiresAt: later, sessionRevokedAt: null }, now)).toEqual({
      kind: 'revoke-family',
      reason: 'reuse',
    });
  });

  it('still treats a used token as reuse after it expired', () => {
    expect(decideRefresh({ usedAt: earlier, expiresAt: earlier, sessionRevokedAt: null }, now).kind).toBe('revoke-family');
  });

  it('rejects an expired token without touching the session', () => {
    expect(decideRefresh({ usedAt: null, expiresAt: now, sessionRevokedAt: null }, now)).toEqual({ kind: 'reject', reason: 'expired' });
  });

  it('rejects any token of a revoked session', () => {
    expect(decideRefresh({ usedAt: null, expiresAt: later, sessionRevokedAt: earlier }, now)).toEqual({
      kind: 'reject',
      reason: 'revoked',
    });
    expect(decideRefresh({ usedAt: earlier, expiresAt: later, sessionRevokedAt: earlier }, now)).toEqual({
      kind: 'reject',
      reason: 'revoked',
    });
  });

  it('rejects an unknown token', () => {
    expect(decideRefresh(undefined, now)).toEqual({ kind: 'reject', reason: 'unknown' });
  });
});
