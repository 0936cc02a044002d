import { adminConsoleContribution } from '@foodgraph/platform/graphql';
import { Ctx, FieldResolver, Int, Resolver } from 'type-graphql';
import { assertCanReadAdminConsole } from '../services/access';
import type { MenuContext } from './context';
import { AdminDashboard } from './types/admin-dashboard.type';

/** Menu's figures on the admin dashboard. */
@Resolver(() => AdminDashboard)
export class AdminDashboardResolver {
  @FieldResolver(() => Int, { description: 'menu: restaurants waiting for approval now.' })
  restaurantsPendingApproval(@Ctx() ctx: MenuContext): Promise<number> {
    return ctx.services.dashboard.restaurantsPendingApproval(ctx.identity);
  }
}

/** Menu's dead letters on the dashboard and behind `DeadLetter` references. */
export const menuAdminConsole = adminConsoleContribution<MenuContext>({
  subgraph: 'menu',
  dashboardType: AdminDashboard,
  guard: assertCanReadAdminConsole,
  dataSource: (ctx) => ctx.services.dashboard.dataSource,
});
