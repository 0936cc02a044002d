export { DateTimeScalar } from './scalars';
export { Money, GeoPoint, GeoPointInput, Address, AddressInput, PageInfo } from './common-types';
export { buildFederatedSchema } from './build-federated-schema';
export type { RequestContext } from './context';
export { maskError, errorLoggingPlugin, contractCodeOf } from './mask-errors';
export { createBatchLoader, groupBy, type BatchLoader } from './batch-loader';
export { toConnection, type Connection } from './connection';
export {
  adminConsoleContribution,
  checkDashboardWindow,
  dashboardId,
  dashboardWindowOf,
  DeadLetterRecord,
  ADMIN_DASHBOARD_DESCRIPTION,
  DEAD_LETTER_DESCRIPTION,
  type AdminConsoleContribution,
  type AdminConsoleOptions,
  type DashboardWindow,
  type DeadLetterKey,
} from './admin-console';
