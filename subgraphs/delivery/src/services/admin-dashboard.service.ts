import type { Identity } from '@foodgraph/platform/auth';
import type { DashboardWindow } from '@foodgraph/platform/graphql';
import type { DataSource } from 'typeorm';
import { assertCanReadAdminConsole } from './access';

/** Delivery's figures for the admin dashboard, over the deliveries delivered in the window. */
export class DeliveryDashboardService {
  constructor(readonly dataSource: DataSource) {}

  /** Minutes from the delivery's creation (the restaurant accepted) to the drop-off, on average; null without deliveries. */
  async averageDeliveryMinutes(identity: Identity, window: DashboardWindow): Promise<number | null> {
    assertCanReadAdminConsole(identity);
    const [row] = await this.dataSource.query<{ minutes: string | null }[]>(
      `SELECT avg(extract(epoch FROM delivered_at - created_at) / 60) AS minutes FROM deliveries
        WHERE delivered_at >= $1 AND delivered_at < $2`,
      [window.from, window.to],
    );
    return row?.minutes === null || row?.minutes === undefined ? null : Number(row.minutes);
  }

  /** Couriers who delivered at least once in the window. */
  async activeCouriers(identity: Identity, window: DashboardWindow): Promise<number> {
    assertCanReadAdminConsole(identity);
    const [row] = await this.dataSource.query<{ count: string }[]>(
      `SELECT count(DISTINCT courier_id) AS count FROM deliveries WHERE delivered_at >= $1 AND delivered_at < $2`,
      [window.from, window.to],
    );
    return Number(row?.count ?? 0);
  }
}
