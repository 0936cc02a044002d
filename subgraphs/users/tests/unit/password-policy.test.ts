import { passwordProblem } from '../../src/domain/password-policy';

describe('password policy', () => {
  it('accepts a password of exactly 10 characters', () => {
    expect(passwordProblem('abcdefghij')).toBeNull();
  });

  it('refuses a password shorter than 10 characters', () => {
    expect(passwordProblem('abcdefghi')).toMatch(/at least 10/);
  });

  it('counts characters, not bytes, so a 10-letter passphrase in any script passes', () => {
    expect(passwordProblem('пароль-хор')).toBeNull();
    expect(passwordProblem('🍕🍕🍕🍕🍕🍕🍕🍕🍕')).toMatch(/at least 10/);
  });

  it('refuses a password of only spaces', () => {
    expect(passwordProblem(' '.repeat(12))).toMatch(/spaces/);
  });

  it('refuses an absurdly long password', () => {
    expect(passwordProblem('x'.repeat(257))).toMatch(/at most 256/);
  });
});
