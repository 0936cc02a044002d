import type { MenuItemEntity } from '../entities/menu-item.entity';
import type { MenuContext } from './context';

/**
 * `MenuItem` references from other subgraphs (order lines). Deleted items still resolve so
 * past orders keep their lines; `available` is false for them. Batched per request.
 */
export const menuItemReference = {
  __resolveReference(reference: { id: string }, ctx: MenuContext): Promise<MenuItemEntity | null> {
    return ctx.loaders.item.load(reference.id);
  },
};
