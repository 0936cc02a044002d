import { adminConsoleContribution, dashboardWindowOf } from '@foodgraph/platform/graphql';
import { Ctx, Float, FieldResolver, Resolver, Root } from 'type-graphql';
import { assertCanReadAdminConsole } from '../services/access';
import type { FeedbackContext } from './context';
import { AdminDashboard } from './types/admin-dashboard.type';

/** Feedback's figure on the admin dashboard. */
@Resolver(() => AdminDashboard)
export class AdminDashboardResolver {
  @FieldResolver(() => Float, {
    nullable: true,
    description: 'feedback: the restaurant rating of reviews written in the window, on average.',
  })
  averageRestaurantRating(@Root() dashboard: AdminDashboard, @Ctx() ctx: FeedbackContext): Promise<number | null> {
    return ctx.services.dashboard.averageRestaurantRating(ctx.identity, dashboardWindowOf(dashboard.id));
  }
}

/** Feedback's dead letters on the dashboard and behind `DeadLetter` references. */
export const feedbackAdminConsole = adminConsoleContribution<FeedbackContext>({
  subgraph: 'feedback',
  dashboardType: AdminDashboard,
  guard: assertCanReadAdminConsole,
  dataSource: (ctx) => ctx.services.dashboard.dataSource,
});
