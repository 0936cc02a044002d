/**
 * The key whose events a consumer handles in order. Events of one key are handled one after
 * the other in publish order; events of different keys may be handled in parallel, on one
 * process or on several replicas of the same consumer.
 *
 * The key is the aggregate the saga and the read models care about: an order (`orderId`:
 * orders, payments, stock reservations, deliveries and reviews all carry it), else a
 * restaurant (`restaurantId`: restaurants, their menu items and staff, so an item never
 * overtakes the restaurant it belongs to), else a user (`userId`). An event with none of them
 * gets the empty key: such events keep one order among themselves, as before keys existed.
 * It is read from the envelope's `data`, so publishers need not change and events already
 * stored in a stream get the same key as new ones.
 */
export function orderingKeyOf(envelope: unknown): string {
  const data = isRecord(envelope) ? envelope['data'] : undefined;
  if (!isRecord(data)) return '';
  for (const field of KEY_FIELDS) {
    const value = data[field];
    if (typeof value === 'string' && value.length > 0) return `${field}:${value}`;
  }
  return '';
}

const KEY_FIELDS = ['orderId', 'restaurantId', 'userId'] as const;

/**
 * The partition (0 … partitions-1) of a key: FNV-1a over its UTF-16 code units. Publishers
 * put it in the subject and each partition is a durable consumer, so it must never change
 * for a given key and partition count.
 */
export function partitionOfKey(key: string, partitions: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % partitions;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
