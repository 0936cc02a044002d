import { dedupeRepresentations, expandEntities, representationKey } from '../../src/transport/entity-dedup';

const user = (id: string) => ({ __typename: 'User', id });

describe('entity representation dedup', () => {
  it('sends each distinct representation once and remembers every original position', () => {
    const dedup = dedupeRepresentations([user('1'), user('2'), user('1'), user('1'), user('3')]);
    expect(dedup?.unique).toEqual([user('1'), user('2'), user('3')]);
    expect([...dedup!.slotOf]).toEqual([0, 1, 0, 0, 2]);
  });

  it('leaves a fetch without repeats alone', () => {
    expect(dedupeRepresentations([user('1'), user('2')])).toBeUndefined();
    expect(dedupeRepresentations([user('1')])).toBeUndefined();
  });

  it('tells apart representations that differ only in a required field', () => {
    const a = { __typename: 'Product', upc: '1', price: 10, weight: 5 };
    const b = { __typename: 'Product', upc: '1', price: 10, weight: 6 };
    expect(dedupeRepresentations([a, b])).toBeUndefined();
  });

  it('keys representations so that only equal ones share a key', () => {
    const distinct = [
      { __typename: 'Product', upc: '1' },
      { __typename: 'Product', upc: 1 },
      { __typename: 'Product', upc: true },
      { __typename: 'Product', upc: 'true' },
      { __typename: 'Product', upc: null },
      { __typename: 'Product', upc: '1', sku: '2' },
      { __typename: 'Product', upc: '1:', sku: '2' },
      { __typename: 'Product', upc: '1', sku: ':2' },
      { __typename: 'Product', upc: '12' },
      { __typename: 'Product', dimensions: { size: 1 } },
      { __typename: 'Product', dimensions: { size: 2 } },
    ];
    expect(new Set(distinct.map(representationKey)).size).toBe(distinct.length);
    expect(representationKey({ __typename: 'Product', dimensions: { size: 1 } })).toBe(
      representationKey({ __typename: 'Product', dimensions: { size: 1 } }),
    );
    expect(representationKey({ __typename: 'Product', upc: '1' })).toBe(
      representationKey(JSON.parse('{"__typename":"Product","upc":"1"}')),
    );
  });

  it('puts every answer back at each original position, nulls included', () => {
    const dedup = dedupeRepresentations([user('1'), user('9'), user('1')])!;
    const answer = { data: { _entities: [{ name: 'Ada' }, null] } };
    expect(expandEntities(answer, dedup)).toEqual({ data: { _entities: [{ name: 'Ada' }, null, { name: 'Ada' }] } });
  });

  it('repeats an error about one distinct entity at every position it stands for, in position order', () => {
    const dedup = dedupeRepresentations([user('1'), user('2'), user('1')])!;
    const answer = {
      data: { _entities: [{ name: null }, { name: 'Grace' }] },
      errors: [
        { message: 'no name', path: ['_entities', 0, 'name'], extensions: { code: 'NOT_FOUND' } },
        { message: 'slow', path: ['_entities', 1] },
        { message: 'not about an entity' },
      ],
    };
    expect(expandEntities(answer, dedup).errors).toEqual([
      { message: 'not about an entity' },
      { message: 'no name', path: ['_entities', 0, 'name'], extensions: { code: 'NOT_FOUND' } },
      { message: 'slow', path: ['_entities', 1] },
      { message: 'no name', path: ['_entities', 2, 'name'], extensions: { code: 'NOT_FOUND' } },
    ]);
  });

  it('leaves an answer of the wrong length for the gateway to report', () => {
    const dedup = dedupeRepresentations([user('1'), user('1')])!;
    const answer = { data: { _entities: [{ name: 'Ada' }, { name: 'extra' }] } };
    expect(expandEntities(answer, dedup)).toEqual(answer);
  });

  it('does not modify the answer it was given', () => {
    const dedup = dedupeRepresentations([user('1'), user('1')])!;
    const answer = { data: { _entities: [{ name: 'Ada' }] }, errors: [{ message: 'x', path: ['_entities', 0] }] };
    const copy = structuredClone(answer);
    expandEntities(answer, dedup);
    expect(answer).toEqual(copy);
  });
});
