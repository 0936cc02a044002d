import type { DashboardMenuItemFragment } from '@generated/graphql';
import { fromMinorUnits, splitList, toMinorUnits } from '../form/amounts';

/** A menu item as typed; blank stock means unlimited, blank category means none. */
export interface MenuItemDraft {
  name: string;
  description: string;
  price: string;
  categoryId: string;
  stock: string;
  tags: string;
  available: boolean;
}

export function emptyItemDraft(categoryId = ''): MenuItemDraft {
  return { name: '', description: '', price: '', categoryId, stock: '', tags: '', available: true };
}

export function itemDraftOf(item: DashboardMenuItemFragment): MenuItemDraft {
  return {
    name: item.name,
    description: item.description ?? '',
    price: fromMinorUnits(item.price.amount, item.price.currency),
    categoryId: item.category?.id ?? '',
    stock: item.stock == null ? '' : String(item.stock),
    tags: item.tags.join(', '),
    available: item.available,
  };
}

/** Every field of an item, as both MenuItemInput (with restaurantId) and UpdateMenuItemInput take them. */
export interface ItemFields {
  name: string;
  description: string | null;
  price: number;
  categoryId: string | null;
  stock: number | null;
  tags: string[];
  available: boolean;
}

export const ITEM_FIELDS = ['input.name', 'input.description', 'input.price', 'input.categoryId', 'input.stock', 'input.tags'] as const;

/**
 * The draft as the fields of MenuItemInput / UpdateMenuItemInput (the same names), or the
 * fields whose text is not a number at all.
 */
export function itemInputOf(draft: MenuItemDraft, currency: string): { input: ItemFields } | { problems: Map<string, 'amount' | 'count'> } {
  const problems = new Map<string, 'amount' | 'count'>();
  const price = toMinorUnits(draft.price, currency);
  if (price === null) problems.set('input.price', 'amount');
  const stockText = draft.stock.trim();
  const stock = stockText === '' ? null : Number(stockText);
  if (stock !== null && !Number.isInteger(stock)) problems.set('input.stock', 'count');
  if (problems.size > 0 || price === null) return { problems };
  return {
    input: {
      name: draft.name,
      description: draft.description.trim() || null,
      price,
      categoryId: draft.categoryId || null,
      stock,
      tags: splitList(draft.tags),
      available: draft.available,
    },
  };
}
