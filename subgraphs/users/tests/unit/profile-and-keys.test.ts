import { formatApiKeySecret, parseApiKeySecret } from '../../src/domain/api-key-format';
import { isValidPhone, nameProblem, normalizeName, normalizePhone } from '../../src/domain/profile';

describe('profile fields', () => {
  it('collapses whitespace in names and refuses empty or overlong ones', () => {
    expect(normalizeName('  Ann   Lee ')).toBe('Ann Lee');
    expect(nameProblem('')).toMatch(/empty/);
    expect(nameProblem('x'.repeat(101))).toMatch(/at most 100/);
    expect(nameProblem('Ann')).toBeNull();
  });

  it('normalizes phone punctuation and checks the digit count', () => {
    expect(normalizePhone('+49 (151) 123-45.67')).toBe('+491511234567');
    expect(isValidPhone('+491511234567')).toBe(true);
    expect(isValidPhone('123')).toBe(false);
    expect(isValidPhone('+12345678901234567')).toBe(false);
    expect(isValidPhone('call me')).toBe(false);
  });
});

describe('API key secrets', () => {
  const random = 'A'.repeat(43);

  it('round-trips the prefix of a well-formed secret', () => {
    const secret = formatApiKeySecret('0a1b2c3d', random);
    expect(secret).toBe(`fgk_0a1b2c3d_${random}`);
    expect(parseApiKeySecret(secret)).toEqual({ prefix: '0a1b2c3d' });
  });

  it('rejects anything that is not one of our secrets', () => {
    expect(parseApiKeySecret('fgk_0a1b2c3d_short')).toBeNull();
    expect(parseApiKeySecret(`xyz_0a1b2c3d_${random}`)).toBeNull();
    expect(parseApiKeySecret(`fgk_NOTHEX!!_${random}`)).toBeNull();
  });
});
