import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { isItemAvailable } from '../domain/menu-item-rules';
import type { MenuCategoryEntity } from '../entities/menu-category.entity';
import type { MenuItemEntity } from '../entities/menu-item.entity';
import type { MenuContext } from './context';
import { MenuCategory } from './types/menu-category.type';
import { MenuItem } from './types/menu-item.type';

@Resolver(() => MenuCategory)
export class MenuCategoryResolver {
  @FieldResolver(() => [MenuItem], { description: 'The items in this section, oldest first.' })
  async items(
    @Root() category: MenuCategoryEntity,
    @Ctx() ctx: MenuContext,
    @Arg('availableOnly', () => Boolean, {
      nullable: true,
      defaultValue: false,
      description: 'Leave out items that cannot be ordered now.',
    })
    availableOnly?: boolean | null,
  ): Promise<MenuItemEntity[]> {
    const items = await ctx.loaders.itemsOfCategory.load(category.id);
    return availableOnly === true ? items.filter(isItemAvailable) : items;
  }
}
