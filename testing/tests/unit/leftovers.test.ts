import { disposable, disposeLeftovers, leftoverCount } from '../../src/leftovers';

describe('leftovers of a test file', () => {
  it('stops what was not stopped, newest first, and only once', async () => {
    const stopped: string[] = [];
    const before = leftoverCount();
    disposable(async () => void stopped.push('supergraph'));
    const replica = disposable(async () => void stopped.push('replica'));
    disposable(async () => void stopped.push('harness'));
    expect(leftoverCount()).toBe(before + 3);

    await replica();
    await replica();
    expect(stopped).toEqual(['replica']);
    expect(leftoverCount()).toBe(before + 2);

    await disposeLeftovers();
    expect(stopped).toEqual(['replica', 'harness', 'supergraph']);
    expect(leftoverCount()).toBe(0);
  });

  it('keeps disposing after one stop fails', async () => {
    const stopped: string[] = [];
    disposable(async () => void stopped.push('first'));
    disposable(async () => {
      throw new Error('already gone');
    });
    await disposeLeftovers();
    expect(stopped).toEqual(['first']);
    expect(leftoverCount()).toBe(0);
  });
});
