import { originOfRequest } from '@foodgraph/platform/messaging';
import { Arg, Args, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import type { MenuCategoryEntity } from '../entities/menu-category.entity';
import type { MenuItemEntity } from '../entities/menu-item.entity';
import type { MenuContext } from './context';
import { MenuCategory } from './types/menu-category.type';
import { MenuItemInput } from './types/menu-item.input';
import { MenuItem } from './types/menu-item.type';
import { CreateMenuCategoryArgs, UpdateMenuCategoryArgs, UpdateMenuItemArgs } from './types/menu-mutation.args';

/** Menu writes; who may make them is the service's guard (owner or admin of the restaurant). */
@Resolver()
export class MenuAdminResolver {
  @Mutation(() => MenuCategory, { description: "Owner or admin: add a section to a restaurant's menu." })
  async createMenuCategory(
    @Args(() => CreateMenuCategoryArgs) { restaurantId, name, position }: CreateMenuCategoryArgs,
    @Ctx() ctx: MenuContext,
  ): Promise<MenuCategoryEntity> {
    const category = await ctx.services.menu.createCategory(ctx.identity, restaurantId, name, position);
    ctx.loaders.clearAll();
    return category;
  }

  @Mutation(() => MenuCategory, { description: 'Owner or admin: rename a section or move it in the menu.' })
  async updateMenuCategory(
    @Args(() => UpdateMenuCategoryArgs) { id, name, position }: UpdateMenuCategoryArgs,
    @Ctx() ctx: MenuContext,
  ): Promise<MenuCategoryEntity> {
    const category = await ctx.services.menu.updateCategory(ctx.identity, id, { name, position });
    ctx.loaders.clearAll();
    return category;
  }

  @Mutation(() => Boolean, { description: 'Owner or admin: remove a section. Its items stay on the menu, uncategorized.' })
  async deleteMenuCategory(
    @Arg('id', () => ID, { description: 'The section to remove.' }) id: string,
    @Ctx() ctx: MenuContext,
  ): Promise<boolean> {
    await ctx.services.menu.deleteCategory(ctx.identity, id, originOfRequest(ctx));
    ctx.loaders.clearAll();
    return true;
  }

  @Mutation(() => MenuItem, { description: "Owner or admin: add an item to a restaurant's menu." })
  async createMenuItem(
    @Arg('input', () => MenuItemInput, { description: 'The new item.' }) input: MenuItemInput,
    @Ctx() ctx: MenuContext,
  ): Promise<MenuItemEntity> {
    const item = await ctx.services.menu.createItem(ctx.identity, input, originOfRequest(ctx));
    ctx.loaders.clearAll();
    return item;
  }

  @Mutation(() => MenuItem, {
    description:
      "Owner or admin: change a menu item. The restaurant's kitchen staff may change only available and stock (FORBIDDEN otherwise).",
  })
  async updateMenuItem(
    @Args(() => UpdateMenuItemArgs) { id, input }: UpdateMenuItemArgs,
    @Ctx() ctx: MenuContext,
  ): Promise<MenuItemEntity> {
    const item = await ctx.services.menu.updateItem(ctx.identity, id, input, originOfRequest(ctx));
    ctx.loaders.clearAll();
    return item;
  }

  @Mutation(() => Boolean, { description: 'Owner or admin: take an item off the menu. Past orders still show it.' })
  async deleteMenuItem(@Arg('id', () => ID, { description: 'The item to remove.' }) id: string, @Ctx() ctx: MenuContext): Promise<boolean> {
    await ctx.services.menu.deleteItem(ctx.identity, id, originOfRequest(ctx));
    ctx.loaders.clearAll();
    return true;
  }
}
