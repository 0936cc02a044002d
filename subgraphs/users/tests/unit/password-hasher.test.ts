import { hashPassword, verifyPassword } from '../../src/auth/password-hasher';

// Small cost parameters keep this file fast; the format and comparison are what is tested.
const FAST = { N: 1024, r: 8, p: 1 };

describe('password hashing', () => {
  it('stores scrypt$N$r$p$salt$hash with a random salt per hash', async () => {
    const a = await hashPassword('correct horse battery', FAST);
    const b = await hashPassword('correct horse battery', FAST);
    expect(a).toMatch(/^scrypt\$1024\$8\$1\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/);
    expect(a).not.toBe(b);
  });

  it('verifies the right password and refuses a wrong one', async () => {
    const stored = await hashPassword('correct horse battery', FAST);
    await expect(verifyPassword('correct horse battery', stored)).resolves.toBe(true);
    await expect(verifyPassword('correct horse batterY', stored)).resolves.toBe(false);
  });

  it('uses the default cost of 2^15 when none is given', async () => {
    expect(await hashPassword('correct horse battery')).toMatch(/^scrypt\$32768\$8\$1\$/);
  });

  it('never matches a malformed stored hash', async () => {
    await expect(verifyPassword('anything at all', 'plaintext')).resolves.toBe(false);
    await expect(verifyPassword('anything at all', 'scrypt$3$8$1$c2FsdA==$aGFzaA==')).resolves.toBe(false);
  });
});
