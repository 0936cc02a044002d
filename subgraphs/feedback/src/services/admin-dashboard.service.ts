import type { Identity } from '@foodgraph/platform/auth';
import type { DashboardWindow } from '@foodgraph/platform/graphql';
import type { DataSource } from 'typeorm';
import { assertCanReadAdminConsole } from './access';

/** Feedback's figures for the admin dashboard. */
export class FeedbackDashboardService {
  constructor(readonly dataSource: DataSource) {}

  /** The restaurant rating of the window's reviews, on average (hidden ones left out, as on restaurants); null without reviews. */
  async averageRestaurantRating(identity: Identity, window: DashboardWindow): Promise<number | null> {
    assertCanReadAdminConsole(identity);
    const [row] = await this.dataSource.query<{ rating: string | null }[]>(
      `SELECT avg(restaurant_rating) AS rating FROM reviews WHERE NOT hidden AND created_at >= $1 AND created_at < $2`,
      [window.from, window.to],
    );
    return row?.rating === null || row?.rating === undefined ? null : Number(row.rating);
  }
}
