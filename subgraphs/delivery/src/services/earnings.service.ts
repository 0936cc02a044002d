import type { Identity } from '@foodgraph/platform/auth';
import { BadUserInputError } from '@foodgraph/platform/errors';
import type { DataSource } from 'typeorm';
import { summarizeEarnings, type CompletedDelivery, type EarningsSummary } from '../domain/bonus-rules';
import type { EarningsPolicy } from '../domain/earnings-policy';
import type { CourierEntity } from '../entities/courier.entity';
import { assertCanSeeEarnings } from './access';

/** Longest period one `earnings` query may cover. */
const MAX_PERIOD_DAYS = 366;

/** A courier's pay and bonuses over a period. */
export class EarningsService {
  constructor(
    private readonly dataSource: DataSource,
    readonly policy: EarningsPolicy,
  ) {}

  /**
   * Earnings of deliveries delivered in [from, to): the courier themself or an admin. Ratings
   * come from the feedback read model (hidden reviews do not count).
   */
  async earnings(identity: Identity, courier: CourierEntity, from: Date, to: Date): Promise<EarningsSummary> {
    assertCanSeeEarnings(identity, courier);
    if (!(from.getTime() < to.getTime())) throw new BadUserInputError('to', 'to must be later than from');
    if (to.getTime() - from.getTime() > MAX_PERIOD_DAYS * 86_400_000)
      throw new BadUserInputError('to', `The period may be at most ${MAX_PERIOD_DAYS} days`);
    const rows = await this.dataSource.query<
      Array<{ id: string; delivered_at: Date; promised_at: Date | null; pay: number | null; rating: number | null; tip: number | null }>
    >(
      `SELECT d.id, d.delivered_at, d.promised_at, d.pay, r.rating, o.tip
         FROM deliveries d
         LEFT JOIN courier_ratings r ON r.order_id = d.order_id AND NOT r.hidden
         LEFT JOIN order_snapshots o ON o.id = d.order_id
        WHERE d.courier_id = $1 AND d.status = 'DELIVERED' AND d.delivered_at >= $2 AND d.delivered_at < $3
        ORDER BY d.delivered_at`,
      [courier.id, from, to],
    );
    const deliveries: CompletedDelivery[] = rows.map((r) => ({
      deliveryId: r.id,
      deliveredAt: new Date(r.delivered_at),
      promisedAt: r.promised_at ? new Date(r.promised_at) : null,
      pay: r.pay ?? 0,
      courierRating: r.rating,
      tip: r.tip ?? 0,
    }));
    return summarizeEarnings(deliveries, this.policy);
  }
}
