import { adminConsoleContribution, dashboardWindowOf, Money } from '@foodgraph/platform/graphql';
import { Ctx, Field, FieldResolver, Int, ObjectType, Directive, Resolver, Root } from 'type-graphql';
import { assertCanReadAdminConsole } from '../services/access';
import type { OrdersContext } from './context';
import { AdminDashboard } from './types/admin-dashboard.type';

@ObjectType({ description: 'How many of something have a status.' })
@Directive('@shareable')
export class StatusCount {
  @Field({ description: 'The status.' })
  status!: string;

  @Field(() => Int, { description: 'How many.' })
  count!: number;
}

/** Orders' figures on the admin dashboard. */
@Resolver(() => AdminDashboard)
export class AdminDashboardResolver {
  @FieldResolver(() => [StatusCount], { description: 'orders: orders placed in the window, by their status now.' })
  ordersByStatus(@Root() dashboard: AdminDashboard, @Ctx() ctx: OrdersContext): Promise<StatusCount[]> {
    return ctx.services.dashboard.ordersByStatus(ctx.identity, dashboardWindowOf(dashboard.id));
  }

  @FieldResolver(() => Money, { description: 'orders: the sum of the totals of the DELIVERED orders placed in the window.' })
  async grossMerchandiseValue(@Root() dashboard: AdminDashboard, @Ctx() ctx: OrdersContext): Promise<Money> {
    const { amount, currency } = await ctx.services.dashboard.grossMerchandiseValue(ctx.identity, dashboardWindowOf(dashboard.id));
    return Money.of(amount, currency);
  }
}

/** Orders' dead letters on the dashboard and behind `DeadLetter` references. */
export const ordersAdminConsole = adminConsoleContribution<OrdersContext>({
  subgraph: 'orders',
  dashboardType: AdminDashboard,
  guard: assertCanReadAdminConsole,
  dataSource: (ctx) => ctx.services.dashboard.dataSource,
});
