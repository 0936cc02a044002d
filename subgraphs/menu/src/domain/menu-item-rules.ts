import { labelList, optionalText, positiveAmount, requiredText, stockLevel } from './input-rules';
import { DESCRIPTION_MAX } from './restaurant-rules';

export const ITEM_NAME_MAX = 120;
export const CATEGORY_NAME_MAX = 80;

/** What an owner sends to add a dish. */
export interface NewMenuItemDraft {
  name: string;
  description?: string | null | undefined;
  price: number;
  available?: boolean | null | undefined;
  stock?: number | null | undefined;
  tags?: string[] | null | undefined;
}

export interface ValidNewMenuItem {
  name: string;
  description: string | null;
  price: number;
  available: boolean;
  stock: number | null;
  tags: string[];
}

/**
 * A partial update. `undefined` leaves a field unchanged; for the nullable fields
 * (`description`, `stock`) null clears them, for the others null is treated as "unchanged".
 */
export type MenuItemPatchDraft = { [K in keyof NewMenuItemDraft]?: NewMenuItemDraft[K] | null };
export type ValidMenuItemPatch = Partial<ValidNewMenuItem>;

export function validateNewMenuItem(input: NewMenuItemDraft, field = 'input'): ValidNewMenuItem {
  return {
    name: requiredText(input.name, `${field}.name`, ITEM_NAME_MAX),
    description: optionalText(input.description, `${field}.description`, DESCRIPTION_MAX),
    price: positiveAmount(input.price, `${field}.price`),
    available: input.available ?? true,
    stock: stockLevel(input.stock, `${field}.stock`),
    tags: labelList(input.tags ?? [], `${field}.tags`),
  };
}

export function validateMenuItemPatch(input: MenuItemPatchDraft, field = 'input'): ValidMenuItemPatch {
  const patch: ValidMenuItemPatch = {};
  if (input.name != null) patch.name = requiredText(input.name, `${field}.name`, ITEM_NAME_MAX);
  if (input.description !== undefined) patch.description = optionalText(input.description, `${field}.description`, DESCRIPTION_MAX);
  if (input.price != null) patch.price = positiveAmount(input.price, `${field}.price`);
  if (input.available != null) patch.available = input.available;
  if (input.stock !== undefined) patch.stock = stockLevel(input.stock, `${field}.stock`);
  if (input.tags != null) patch.tags = labelList(input.tags, `${field}.tags`);
  return patch;
}

export function validateCategoryName(name: string, field = 'name'): string {
  return requiredText(name, field, CATEGORY_NAME_MAX);
}

/** What a customer sees: orderable only when switched on, not sold out and not deleted. */
export function isItemAvailable(item: { available: boolean; stock: number | null; deletedAt?: Date | null }): boolean {
  return item.available && item.stock !== 0 && !item.deletedAt;
}
