import { adminConsoleContribution, dashboardWindowOf } from '@foodgraph/platform/graphql';
import { Ctx, Float, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { assertCanReadAdminConsole } from '../services/access';
import type { DeliveryContext } from './context';
import { AdminDashboard } from './types/admin-dashboard.type';

/** Delivery's figures on the admin dashboard. */
@Resolver(() => AdminDashboard)
export class AdminDashboardResolver {
  @FieldResolver(() => Float, {
    nullable: true,
    description: 'delivery: minutes from acceptance to drop-off, on average, of deliveries delivered in the window.',
  })
  averageDeliveryMinutes(@Root() dashboard: AdminDashboard, @Ctx() ctx: DeliveryContext): Promise<number | null> {
    return ctx.services.dashboard.averageDeliveryMinutes(ctx.identity, dashboardWindowOf(dashboard.id));
  }

  @FieldResolver(() => Int, { description: 'delivery: couriers who delivered at least once in the window.' })
  activeCouriers(@Root() dashboard: AdminDashboard, @Ctx() ctx: DeliveryContext): Promise<number> {
    return ctx.services.dashboard.activeCouriers(ctx.identity, dashboardWindowOf(dashboard.id));
  }
}

/** Delivery's dead letters on the dashboard and behind `DeadLetter` references. */
export const deliveryAdminConsole = adminConsoleContribution<DeliveryContext>({
  subgraph: 'delivery',
  dashboardType: AdminDashboard,
  guard: assertCanReadAdminConsole,
  dataSource: (ctx) => ctx.services.dashboard.dataSource,
});
