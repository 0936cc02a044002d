import type { Identity } from '@foodgraph/platform/auth';
import type { DashboardWindow } from '@foodgraph/platform/graphql';
import type { DataSource } from 'typeorm';
import { grossMerchandiseValue } from '../domain/dashboard-figures';
import { assertCanReadAdminConsole } from './access';

/** Orders' figures for the admin dashboard, straight from its own tables; a window counts orders placed in it. */
export class OrdersDashboardService {
  constructor(readonly dataSource: DataSource) {}

  /** Orders placed in the window, by their status now, most frequent first. */
  async ordersByStatus(identity: Identity, window: DashboardWindow): Promise<{ status: string; count: number }[]> {
    assertCanReadAdminConsole(identity);
    const rows = await this.dataSource.query<{ status: string; count: string }[]>(
      `SELECT status, count(*) AS count FROM orders WHERE placed_at >= $1 AND placed_at < $2 GROUP BY status ORDER BY count(*) DESC, status`,
      [window.from, window.to],
    );
    return rows.map((row) => ({ status: row.status, count: Number(row.count) }));
  }

  /** The sum of the totals of the window's orders that were DELIVERED. */
  async grossMerchandiseValue(identity: Identity, window: DashboardWindow): Promise<{ amount: number; currency: string }> {
    assertCanReadAdminConsole(identity);
    const rows = await this.dataSource.query<{ currency: string; total: string }[]>(
      `SELECT currency, sum(total) AS total FROM orders WHERE status = 'DELIVERED' AND placed_at >= $1 AND placed_at < $2 GROUP BY currency`,
      [window.from, window.to],
    );
    return grossMerchandiseValue(rows.map((row) => ({ currency: row.currency, total: Number(row.total) })));
  }
}
