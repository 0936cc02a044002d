import { cacheHintOf, restrictablePolicy } from '../../src/transport/cache-control-hint';

describe('subgraph Cache-Control hints', () => {
  it('reads max-age and the scope as the stock data source does', () => {
    expect(cacheHintOf('max-age=60, private')).toEqual({ maxAge: 60, scope: 'PRIVATE' });
    expect(cacheHintOf('public,max-age="30"')).toEqual({ maxAge: 30, scope: 'PUBLIC' });
    expect(cacheHintOf('private, public')).toEqual({ maxAge: 0, scope: 'PUBLIC' });
  });

  it('treats a missing or unreadable max-age as not cacheable', () => {
    expect(cacheHintOf(undefined)).toEqual({ maxAge: 0 });
    expect(cacheHintOf('no-store')).toEqual({ maxAge: 0 });
    expect(cacheHintOf('max-age=soon')).toEqual({ maxAge: 0 });
  });

  it('only restricts a policy that can be restricted', () => {
    const restrict = jest.fn();
    restrictablePolicy({ restrict })?.restrict(cacheHintOf('max-age=5'));
    expect(restrict).toHaveBeenCalledWith({ maxAge: 5 });
    expect(restrictablePolicy({})).toBeUndefined();
    expect(restrictablePolicy(undefined)).toBeUndefined();
  });
});
