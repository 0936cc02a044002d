import { adminConsoleContribution } from '@foodgraph/platform/graphql';
import { assertCanReadAdminConsole } from '../services/access';
import type { NotificationsContext } from './context';
import { AdminDashboard } from './types/admin-dashboard.type';

/** Notifications' dead letters on the admin dashboard and behind `DeadLetter` references. */
export const notificationsAdminConsole = adminConsoleContribution<NotificationsContext>({
  subgraph: 'notifications',
  dashboardType: AdminDashboard,
  guard: assertCanReadAdminConsole,
  dataSource: (ctx) => ctx.services.dataSource,
});
