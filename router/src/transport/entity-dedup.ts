import type { GraphQLFormattedError } from 'graphql';

/**
 * Which distinct representation each original position of an `_entities` fetch maps to.
 * `unique[slotOf[i]]` is the representation that was at position `i`.
 */
export interface RepresentationDedup {
  readonly unique: unknown[];
  readonly slotOf: Int32Array;
}

/**
 * Collapses equal entity representations of one `_entities` fetch. A list of 465 reviews by 6
 * authors asks the subgraph for 6 users, not 465; `expandEntities` puts the answers back.
 * Returns `undefined` when nothing repeats, so the common case costs one pass and no copy.
 *
 * Equality is by `representationKey`: the gateway builds every representation of a fetch from
 * the same `requires` selection set, so equal representations list their keys in the same order.
 */
export function dedupeRepresentations(representations: readonly unknown[]): RepresentationDedup | undefined {
  if (representations.length < 2) return undefined;
  const slots = new Map<string, number>();
  const unique: unknown[] = [];
  const slotOf = new Int32Array(representations.length);
  for (let i = 0; i < representations.length; i++) {
    const key = representationKey(representations[i]);
    let slot = slots.get(key);
    if (slot === undefined) {
      slot = unique.length;
      slots.set(key, slot);
      unique.push(representations[i]);
    }
    slotOf[i] = slot;
  }
  return unique.length === representations.length ? undefined : { unique, slotOf };
}

/**
 * A string equal for equal representations and different for different ones. Representations
 * are nearly always flat (`__typename` and key fields), so those are keyed without JSON: each
 * string is length-prefixed and each number delimited, which keeps the key unambiguous and costs
 * about half of `JSON.stringify`. Anything nested is keyed by `JSON.stringify` as a whole.
 */
export function representationKey(representation: unknown): string {
  if (typeof representation !== 'object' || representation === null) return JSON.stringify(representation);
  const fields = representation as Record<string, unknown>;
  let key = '';
  for (const name in fields) {
    const value = fields[name];
    switch (typeof value) {
      case 'string':
        key += `${name}\0${value.length}:${value}`;
        break;
      case 'number':
      case 'boolean':
        key += `${name}\0#${String(value)};`;
        break;
      default:
        if (value !== null) return `{${JSON.stringify(representation)}`;
        key += `${name}\0~`;
    }
  }
  return key;
}

/** The subgraph's answer to the deduplicated fetch, as far as the expansion needs it. */
export interface EntitiesResponse {
  data?: Record<string, unknown> | null;
  errors?: readonly GraphQLFormattedError[];
}

/**
 * Rewrites the answer to a deduplicated fetch into the answer to the original one: `_entities`
 * back at every original position, and each error about `_entities[slot]` repeated for every
 * position that slot stands for — in position order, as the subgraph would have reported them.
 * Positions that share a slot share the answer object: they are the same entity with the same
 * selection, and the gateway only merges into and reads from them.
 *
 * An answer of the wrong shape is left as it is, so the gateway reports it as it would anyway.
 */
export function expandEntities<T extends EntitiesResponse>(response: T, dedup: RepresentationDedup): T {
  const { slotOf, unique } = dedup;
  const entities = response.data?.['_entities'];
  const expanded: T = { ...response };
  if (Array.isArray(entities) && entities.length === unique.length) {
    const out = new Array<unknown>(slotOf.length);
    for (let i = 0; i < slotOf.length; i++) out[i] = entities[slotOf[i]];
    expanded.data = { ...response.data, _entities: out };
  }
  if (response.errors?.length) expanded.errors = expandErrors(response.errors, slotOf);
  return expanded;
}

function entitySlotOf(error: GraphQLFormattedError): number | undefined {
  const path = error.path;
  return path && path[0] === '_entities' && typeof path[1] === 'number' ? path[1] : undefined;
}

function expandErrors(errors: readonly GraphQLFormattedError[], slotOf: Int32Array): GraphQLFormattedError[] {
  const bySlot = new Map<number, GraphQLFormattedError[]>();
  const other: GraphQLFormattedError[] = [];
  for (const error of errors) {
    const slot = entitySlotOf(error);
    if (slot === undefined) other.push(error);
    else {
      const list = bySlot.get(slot);
      if (list) list.push(error);
      else bySlot.set(slot, [error]);
    }
  }
  if (bySlot.size === 0) return other;
  const out = other;
  for (let i = 0; i < slotOf.length; i++) {
    for (const error of bySlot.get(slotOf[i]) ?? []) {
      out.push({ ...error, path: ['_entities', i, ...error.path!.slice(2)] });
    }
  }
  return out;
}
