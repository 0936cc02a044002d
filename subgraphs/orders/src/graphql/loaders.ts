import { createBatchLoader, type BatchLoader } from '@foodgraph/platform/graphql';
import type { DataSource } from 'typeorm';
import type { OrderLineEntity } from '../entities/order-line.entity';
import type { OrderStatusChangeEntity } from '../entities/order-status-change.entity';
import { historyOf, linesOf } from '../services/order-queries';
import { findOwners } from '../services/menu-read-model';

/** Per-request loaders behind the order field resolvers. */
export interface OrdersLoaders {
  lines: BatchLoader<string, OrderLineEntity[]>;
  history: BatchLoader<string, OrderStatusChangeEntity[]>;
  /** Owner of a restaurant per the read model; null when the restaurant is unknown. */
  owner: BatchLoader<string, string | null>;
}

/** A fresh set of loaders: one per request (and per subscription event), never shared. */
export function createOrdersLoaders(dataSource: DataSource): OrdersLoaders {
  const manager = dataSource.manager;
  return {
    lines: createBatchLoader<string, OrderLineEntity[]>((ids) => linesOf(manager, ids), []),
    history: createBatchLoader<string, OrderStatusChangeEntity[]>((ids) => historyOf(manager, ids), []),
    owner: createBatchLoader<string, string | null>((ids) => findOwners(manager, ids), null),
  };
}
