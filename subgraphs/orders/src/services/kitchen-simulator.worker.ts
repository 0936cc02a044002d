import type { Logger } from '@foodgraph/platform/logging';
import { withOutbox, type ChangeOrigin, type OutboxNudger } from '@foodgraph/platform/messaging';
import type { Clock } from '@foodgraph/platform/process';
import type { DataSource } from 'typeorm';
import { ActorKind, OrderStatus } from '../domain/order-status';
import { OrderEntity } from '../entities/order.entity';
import type { OrderTransitionsService } from './order-transitions.service';
import { findOwners } from './menu-read-model';

export interface KitchenSimulatorOptions {
  dataSource: DataSource;
  transitions: OrderTransitionsService;
  outbox: OutboxNudger;
  clock: Clock;
  logger: Logger;
  /** How long each step takes: ACCEPTED → PREPARING, then PREPARING → READY_FOR_PICKUP. */
  stepMs: number;
  /** Restaurants it cooks for; empty = every restaurant. */
  restaurantIds: readonly string[];
}

export interface KitchenSimulator {
  stop(): Promise<void>;
}

const NEXT: Partial<Record<OrderStatus, OrderStatus>> = {
  [OrderStatus.Accepted]: OrderStatus.Preparing,
  [OrderStatus.Preparing]: OrderStatus.ReadyForPickup,
};

/**
 * A pretend kitchen for demos: every `stepMs` it moves orders that have waited that long one
 * step, ACCEPTED → PREPARING → READY_FOR_PICKUP, in the owner's name, so a demo order reaches
 * the courier without anyone at the kitchen display. Each move locks its order (SKIP LOCKED)
 * and goes through the state machine, so replicas and real owners never collide with it.
 */
export function startKitchenSimulator(options: KitchenSimulatorOptions): KitchenSimulator {
  const { dataSource, transitions, outbox, clock, stepMs } = options;
  const log = options.logger.child({ component: 'kitchen-simulator' });
  const only = options.restaurantIds.map((id) => id.toLowerCase());
  let stopped = false;
  let running: Promise<void> | null = null;

  const advance = async (orderId: string): Promise<void> => {
    await withOutbox(dataSource, outbox, async (manager, emit) => {
      const order = await manager.findOne(OrderEntity, {
        where: { id: orderId },
        lock: { mode: 'pessimistic_write', onLocked: 'skip_locked' },
      });
      const to = order ? NEXT[order.status] : undefined;
      const now = clock();
      if (!order || !to || now.getTime() - order.updatedAt.getTime() < stepMs) return;
      const ownerId = (await findOwners(manager, [order.restaurantId])).get(order.restaurantId) ?? null;
      // Moves nobody asked for belong to the request that placed the order.
      const origin: ChangeOrigin = { correlationId: order.correlationId, causationId: null };
      await transitions.apply(
        manager,
        order,
        { to, actor: { kind: ActorKind.Owner, userId: ownerId }, at: now, origin, reason: 'Kitchen simulator' },
        emit,
      );
    });
  };

  const tick = async (): Promise<void> => {
    const due = await dataSource.query<Array<{ id: string }>>(
      `SELECT id FROM orders WHERE status IN ($1, $2) AND updated_at <= $3 AND (cardinality($4::uuid[]) = 0 OR restaurant_id = ANY($4::uuid[]))
       ORDER BY updated_at LIMIT 100`,
      [OrderStatus.Accepted, OrderStatus.Preparing, new Date(clock().getTime() - stepMs), only],
    );
    for (const { id } of due) {
      if (stopped) return;
      await advance(id).catch((error: unknown) => log.warn({ err: error, orderId: id }, 'kitchen simulator could not advance an order'));
    }
  };

  const timer = setInterval(
    () => {
      if (running) return;
      running = tick()
        .catch((error: unknown) => log.error({ err: error }, 'kitchen simulator pass failed'))
        .finally(() => {
          running = null;
        });
    },
    Math.max(50, Math.floor(stepMs / 4)),
  );
  timer.unref();
  log.info({ stepMs, restaurants: only.length === 0 ? 'all' : only }, 'kitchen simulator on');

  return {
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
