import { ConfigError, duration, int, type Env } from '../config';

/** JetStream settings of the NATS bus, one set per environment (see `.env.example`). */
export interface NatsBusSettings {
  /**
   * How long the server waits for an ack before redelivering. Handlers never hit it: the bus
   * reports progress (`working()`) every third of it for every message it holds; it only
   * matters when a process dies holding messages — then their keys wait this long.
   */
  ackWaitMs: number;
  /** Messages in flight per partition durable, and handlers at once per consumer and process. */
  maxAckPending: number;
  /**
   * Partitions per consumer: the unit replicas share. Publishers and consumers of a namespace
   * must agree; changing it while events are in flight may reorder those events.
   */
  partitions: number;
  /** How long a dead replica's partitions stay claimed before others take them. */
  leaseTtlMs: number;
  /** Copies of each stream (and of the lease bucket) in a NATS cluster; 1 on a single server. */
  streamReplicas: number;
  /** How long streams keep events; 0 keeps them until deleted. */
  streamMaxAgeMs: number;
  /** Bytes a stream keeps before dropping its oldest events; 0 = unlimited. */
  streamMaxBytes: number;
}

export const DEFAULT_NATS_BUS: Readonly<NatsBusSettings> = {
  ackWaitMs: 5_000,
  maxAckPending: 32,
  partitions: 4,
  leaseTtlMs: 2_000,
  streamReplicas: 1,
  streamMaxAgeMs: 0,
  streamMaxBytes: 0,
};

/**
 * Reads `NATS_ACK_WAIT`, `NATS_MAX_ACK_PENDING`, `NATS_PARTITIONS`, `NATS_LEASE_TTL`,
 * `NATS_STREAM_REPLICAS`, `NATS_STREAM_MAX_AGE` and `NATS_STREAM_MAX_BYTES`; fails fast
 * naming the variable.
 */
export function readNatsBusConfig(env: Env): NatsBusSettings {
  const d = DEFAULT_NATS_BUS;
  const ackWaitMs = duration(env, 'NATS_ACK_WAIT', d.ackWaitMs);
  // Below a second the heartbeats (a third of it) would flood the server.
  if (ackWaitMs < 1000) throw new ConfigError('NATS_ACK_WAIT', 'must be at least 1s');
  const leaseTtlMs = duration(env, 'NATS_LEASE_TTL', d.leaseTtlMs);
  if (leaseTtlMs < 500) throw new ConfigError('NATS_LEASE_TTL', 'must be at least 500ms');
  return {
    ackWaitMs,
    maxAckPending: int(env, 'NATS_MAX_ACK_PENDING', d.maxAckPending, { min: 1, max: 10_000 }),
    partitions: int(env, 'NATS_PARTITIONS', d.partitions, { min: 1, max: 256 }),
    leaseTtlMs,
    streamReplicas: int(env, 'NATS_STREAM_REPLICAS', d.streamReplicas, { min: 1, max: 5 }),
    streamMaxAgeMs: duration(env, 'NATS_STREAM_MAX_AGE', d.streamMaxAgeMs),
    streamMaxBytes: int(env, 'NATS_STREAM_MAX_BYTES', d.streamMaxBytes),
  };
}
