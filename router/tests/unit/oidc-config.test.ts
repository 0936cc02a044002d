import { ConfigError, oidcConfig } from '@foodgraph/platform/config';
import { mappedRole, profileOf } from '../../src/auth/oidc-claims';
import { readRouterConfig } from '../../src/config';

const ISSUER = 'https://sso.example.com/realms/foodgraph';

describe('OIDC_* (the external identity provider)', () => {
  it('is off without OIDC_ISSUER, as in .env.example', () => {
    expect(oidcConfig({})).toBeUndefined();
    expect(oidcConfig({ OIDC_ISSUER: '', OIDC_ROLE_MAP: 'customer:CUSTOMER' })).toBeUndefined();
    expect(readRouterConfig({}).oidc).toBeUndefined();
  });

  it('reads the issuer, audience, roles claim, role map and the web app settings', () => {
    const config = oidcConfig({
      OIDC_ISSUER: ISSUER,
      OIDC_AUDIENCE: 'foodgraph-web',
      OIDC_ROLE_MAP: 'customer:CUSTOMER, manager:ADMIN,ns:kitchen:PARTNER',
      OIDC_CLIENT_ID: 'foodgraph-web',
    });
    expect(config).toMatchObject({
      issuer: ISSUER,
      audience: 'foodgraph-web',
      rolesClaim: ['realm_access', 'roles'],
      clientId: 'foodgraph-web',
      displayName: 'sso.example.com',
      jwksCooldownMs: 30_000,
    });
    expect([...config!.roleMap]).toEqual([
      ['customer', 'CUSTOMER'],
      ['manager', 'ADMIN'],
      ['ns:kitchen', 'PARTNER'],
    ]);
  });

  it.each([
    [{ OIDC_ISSUER: ISSUER }, 'OIDC_AUDIENCE'],
    [{ OIDC_ISSUER: 'not a url', OIDC_AUDIENCE: 'a' }, 'OIDC_ISSUER'],
    [{ OIDC_ISSUER: 'http://sso.example.com', OIDC_AUDIENCE: 'a', NODE_ENV: 'production' }, 'OIDC_ISSUER'],
    [{ OIDC_ISSUER: ISSUER, OIDC_AUDIENCE: 'a', OIDC_ROLE_MAP: 'customer:STAFF' }, 'OIDC_ROLE_MAP'],
    [{ OIDC_ISSUER: ISSUER, OIDC_AUDIENCE: 'a', OIDC_ROLE_MAP: 'customer' }, 'OIDC_ROLE_MAP'],
    [{ OIDC_ISSUER: ISSUER, OIDC_AUDIENCE: 'a', OIDC_ROLES_CLAIM: 'realm_access..roles' }, 'OIDC_ROLES_CLAIM'],
  ])('refuses %j naming %s', (env, variable) => {
    expect(() => oidcConfig(env)).toThrow(ConfigError);
    expect(() => oidcConfig(env)).toThrow(variable);
  });
});

describe('the platform role of a provider token', () => {
  const map = new Map([
    ['customer', 'CUSTOMER'],
    ['driver', 'COURIER'],
    ['manager', 'ADMIN'],
  ] as const);
  const path = ['realm_access', 'roles'];

  it('maps the most privileged of the token’s roles, whatever their order', () => {
    expect(mappedRole({ realm_access: { roles: ['customer', 'offline_access'] } }, path, map)).toBe('CUSTOMER');
    expect(mappedRole({ realm_access: { roles: ['customer', 'manager', 'driver'] } }, path, map)).toBe('ADMIN');
    expect(mappedRole({ realm_access: { roles: 'driver' } }, path, map)).toBe('COURIER');
    expect(mappedRole({ groups: ['manager'] }, ['groups'], map)).toBe('ADMIN');
  });

  it('maps nothing for unmapped, missing or malformed roles', () => {
    expect(mappedRole({ realm_access: { roles: ['visitor'] } }, path, map)).toBeUndefined();
    expect(mappedRole({}, path, map)).toBeUndefined();
    expect(mappedRole({ realm_access: ['manager'] }, path, map)).toBeUndefined();
    expect(mappedRole({ realm_access: { roles: [{ name: 'manager' }] } }, path, map)).toBeUndefined();
  });

  it('names the person from name, then preferred_username, and keeps only an email not said to be unverified', () => {
    expect(profileOf({ name: 'Ana', preferred_username: 'ana', email: 'ana@x.test' })).toEqual({ name: 'Ana', email: 'ana@x.test' });
    expect(profileOf({ preferred_username: 'ana', email: 'ana@x.test', email_verified: false })).toEqual({ name: 'ana', email: undefined });
    expect(profileOf({})).toEqual({ name: 'Unnamed user', email: undefined });
  });
});
