import { checkDashboardWindow, dashboardId, dashboardWindowOf } from '../../src/graphql/admin-console';
import { parsePublicDeadLetterId, publicDeadLetterId } from '../../src/messaging/dead-letters';

describe('admin console ids', () => {
  const from = new Date('2026-01-01T00:00:00.000Z');
  const to = new Date('2026-01-08T00:00:00.000Z');

  it('round-trips a dashboard window through its entity id', () => {
    expect(dashboardWindowOf(dashboardId({ from, to }))).toEqual({ from, to });
  });

  it('refuses a window that ends before it starts or spans more than 366 days, naming "to"', () => {
    expect(() => checkDashboardWindow(to, from)).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ field: 'to' }) }));
    expect(() => checkDashboardWindow(from, new Date('2027-01-03T00:00:00.000Z'))).toThrow('366 days');
  });

  it('refuses a dashboard id that is no window', () => {
    expect(() => dashboardWindowOf('yesterday')).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ field: 'id' }) }));
  });

  it('routes a dead letter id to its subgraph and row', () => {
    const rowId = '019ab2c3-4d5e-7f60-8a1b-000000000001';
    expect(parsePublicDeadLetterId(publicDeadLetterId('orders', rowId))).toEqual({ subgraph: 'orders', rowId });
    expect(parsePublicDeadLetterId('orders:not-a-uuid')).toBeNull();
    expect(parsePublicDeadLetterId(rowId)).toBeNull();
  });
});
