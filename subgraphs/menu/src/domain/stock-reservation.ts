/*
 * The arithmetic of the order saga's stock reservations, without I/O: which lines an order
 * asks for, whether the locked items can cover them, and how each item's stock moves.
 */

/** Where an order's reservation stands. */
export type ReservationStatus = 'HELD' | 'RELEASED' | 'REJECTED';

/** Order states that end an order before delivery; reaching one gives its stock back. */
const ENDED_BEFORE_DELIVERY: ReadonlySet<string> = new Set(['CANCELLED', 'REJECTED']);

/** Whether an order moving to `status` ends before delivery, so what it holds goes back to stock. */
export function endsOrderBeforeDelivery(status: string): boolean {
  return ENDED_BEFORE_DELIVERY.has(status);
}

/** A quantity of one item; reservations keep one per item. */
export interface StockLine {
  menuItemId: string;
  quantity: number;
}

/** An item as the reservation sees it, read under a row lock. */
export interface ItemStock {
  id: string;
  restaurantId: string;
  /** The owner's switch. */
  available: boolean;
  /** Left today; null = unlimited. */
  stock: number | null;
  deleted: boolean;
}

/** An item the order could not get: `available` is what was left, null when the item cannot be ordered at all. */
export interface ShortItem {
  menuItemId: string;
  requested: number;
  available: number | null;
}

/**
 * The effect of releasing one set of lines and reserving another in one step. `deltas` is the
 * net stock change per limited item (positive = back to stock); on rejection it holds only the
 * release, since nothing new is taken.
 */
export type StockPlan =
  | { outcome: 'reserved'; lines: StockLine[]; deltas: Map<string, number> }
  | { outcome: 'rejected'; lines: StockLine[]; short: ShortItem[]; deltas: Map<string, number> };

/**
 * One line per item with the quantities summed (an order may list a dish twice), sorted by
 * item id: every transaction locks items in that order, so two of them never deadlock.
 */
export function mergeLines(lines: readonly StockLine[]): StockLine[] {
  const totals = new Map<string, number>();
  for (const line of lines) {
    // Ids are compared as strings here and as uuids in SQL; one spelling keeps both agreeing.
    const id = line.menuItemId.toLowerCase();
    totals.set(id, (totals.get(id) ?? 0) + line.quantity);
  }
  return [...totals.keys()].sort().map((menuItemId) => ({ menuItemId, quantity: totals.get(menuItemId)! }));
}

/** Every item id the plan touches, in lock order. */
export function itemIdsOf(...lineSets: readonly (readonly StockLine[])[]): string[] {
  return [...new Set(lineSets.flat().map((line) => line.menuItemId))].sort();
}

/**
 * Plans "give back `release`, then take `reserve`" for a restaurant's order, all or nothing:
 * the new lines are reserved only if every one of them can be, counting what the release gives
 * back. An item that is missing, deleted, switched off or of another restaurant is short with
 * `available: null`; unlimited items (stock null) are always enough.
 */
export function planStock(
  restaurantId: string,
  items: ReadonlyMap<string, ItemStock>,
  release: readonly StockLine[],
  reserve: readonly StockLine[],
): StockPlan {
  const released = new Map(mergeLines(release).map((line) => [line.menuItemId, line.quantity]));
  const wanted = mergeLines(reserve);
  const deltas = new Map<string, number>();
  const add = (id: string, by: number) => {
    deltas.set(id, (deltas.get(id) ?? 0) + by);
  };
  for (const [id, quantity] of released) {
    // Unlimited or vanished items have no count to restore.
    if (typeof items.get(id)?.stock === 'number') add(id, quantity);
  }

  const short: ShortItem[] = [];
  for (const { menuItemId, quantity } of wanted) {
    const item = items.get(menuItemId);
    if (!item || item.deleted || !item.available || item.restaurantId !== restaurantId) {
      short.push({ menuItemId, requested: quantity, available: null });
    } else if (item.stock !== null) {
      const left = item.stock + (released.get(menuItemId) ?? 0);
      if (left < quantity) short.push({ menuItemId, requested: quantity, available: left });
    }
  }
  if (short.length > 0) return { outcome: 'rejected', lines: wanted, short, deltas: dropZeros(deltas) };

  for (const { menuItemId, quantity } of wanted) {
    if (items.get(menuItemId)!.stock !== null) add(menuItemId, -quantity);
  }
  return { outcome: 'reserved', lines: wanted, deltas: dropZeros(deltas) };
}

/** Releasing and re-taking the same amount leaves an item untouched; it needs no write. */
function dropZeros(deltas: Map<string, number>): Map<string, number> {
  return new Map([...deltas].filter(([, delta]) => delta !== 0));
}

/**
 * The rejection reason the customer reads, naming each short item by the name the order
 * shows for it, e.g. `Not enough stock: Pho bo (2 left, 3 ordered); Spring rolls (not available)`.
 */
export function shortageReason(short: readonly ShortItem[], nameOf: (menuItemId: string) => string): string {
  const parts = short.map(({ menuItemId, requested, available }) =>
    available === null ? `${nameOf(menuItemId)} (not available)` : `${nameOf(menuItemId)} (${available} left, ${requested} ordered)`,
  );
  return `Not enough stock: ${parts.join('; ')}`;
}
