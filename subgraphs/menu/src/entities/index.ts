import { MenuCategoryEntity } from './menu-category.entity';
import { MenuItemEntity } from './menu-item.entity';
import { RestaurantEntity } from './restaurant.entity';
import { StockReservationEntity } from './stock-reservation.entity';

export { MenuCategoryEntity, MenuItemEntity, RestaurantEntity, StockReservationEntity };

/** Every TypeORM entity of the menu subgraph, for `openDatabase({ entities })`. */
export const menuEntities = [RestaurantEntity, MenuCategoryEntity, MenuItemEntity, StockReservationEntity];
