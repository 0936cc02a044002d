import { generateSigningKey } from '@foodgraph/platform/auth';
import { createLogger } from '@foodgraph/platform/logging';
import { JwksKeyStore, JwksUnavailableError } from '../src/auth/jwks-key-store';
import { startJwksServer } from './fixtures/jwks-server';

const logger = createLogger('test', 'silent');

describe('JwksKeyStore', () => {
  const leftovers: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const stop of leftovers) await stop();
  });

  it('fetches keys on first use and serves known ids from the cache', async () => {
    const key = { kid: 'a', ...generateSigningKey() };
    const jwks = await startJwksServer([key]);
    leftovers.push(jwks.stop);
    const store = new JwksKeyStore({ url: jwks.url, logger });
    expect((await store.lookup('a'))?.asymmetricKeyType).toBe('ed25519');
    await store.lookup('a');
    expect(jwks.hits).toBe(1);
  });

  it('refetches for an unknown key id at most once per interval', async () => {
    const jwks = await startJwksServer([{ kid: 'a', ...generateSigningKey() }]);
    leftovers.push(jwks.stop);
    const store = new JwksKeyStore({ url: jwks.url, logger, minRefetchIntervalMs: 60_000 });
    await store.lookup('a');
    expect(await store.lookup('made-up-1')).toBeUndefined();
    expect(await store.lookup('made-up-2')).toBeUndefined();
    expect(jwks.hits).toBe(1);
  });

  it('shares one fetch between concurrent lookups', async () => {
    const jwks = await startJwksServer([{ kid: 'a', ...generateSigningKey() }]);
    leftovers.push(jwks.stop);
    const store = new JwksKeyStore({ url: jwks.url, logger });
    await Promise.all([store.lookup('a'), store.lookup('a'), store.lookup('b')]);
    expect(jwks.hits).toBe(1);
  });

  it('reports the JWKS as unavailable rather than the token as invalid when it cannot be fetched', async () => {
    const store = new JwksKeyStore({ url: 'http://127.0.0.1:9/.well-known/jwks.json', logger, fetchTimeoutMs: 500 });
    await expect(store.lookup('a')).rejects.toBeInstanceOf(JwksUnavailableError);
    await expect(store.lookup('a')).rejects.toBeInstanceOf(JwksUnavailableError);
  });
});
