import { isValidEmail, normalizeEmail } from '../../src/domain/email';

describe('email normalisation and validation', () => {
  it('lower-cases and trims the whole address so uniqueness is case-insensitive', () => {
    expect(normalizeEmail('  Ann.Lee@Example.COM ')).toBe('ann.lee@example.com');
  });

  it.each(['ann@example.com', 'ann+food@mail.example.co.uk', 'a.b-c_d@x-y.io'])('accepts %s', (email) => {
    expect(isValidEmail(normalizeEmail(email))).toBe(true);
  });

  it.each([
    '',
    'ann',
    'ann@',
    '@example.com',
    'ann@example',
    'ann@@example.com',
    'an n@example.com',
    'ann@exa_mple.com',
    '.ann@example.com',
    'a..b@example.com',
    'ann@-example.com',
    'ann@example.c0m',
  ])('refuses %j', (email) => {
    expect(isValidEmail(normalizeEmail(email))).toBe(false);
  });

  it('refuses an address longer than 254 characters', () => {
    expect(isValidEmail(`${'a'.repeat(64)}@${'b'.repeat(190)}.com`)).toBe(false);
  });
});
