import type { Identity } from '@foodgraph/platform/auth';
import type { DataSource } from 'typeorm';
import { RestaurantEntity } from '../entities/restaurant.entity';
import { assertCanReadAdminConsole } from './access';

/** Menu's figures for the admin dashboard, straight from its own tables. */
export class MenuDashboardService {
  constructor(readonly dataSource: DataSource) {}

  /** The approval queue's length now (a queue has no window). */
  async restaurantsPendingApproval(identity: Identity): Promise<number> {
    assertCanReadAdminConsole(identity);
    return this.dataSource.getRepository(RestaurantEntity).countBy({ status: 'PENDING_APPROVAL' });
  }
}
