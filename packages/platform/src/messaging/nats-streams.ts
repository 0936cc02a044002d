import { NatsError, StorageType, nanos, type JetStreamManager, type StreamConfig } from 'nats';
import type { Logger } from '../logging';

/** JetStream drops a second publish with the same `Nats-Msg-Id` inside this window. */
export const DUPLICATE_WINDOW_MS = 120_000;

/** One stream per producing subgraph: `t1a2b_menu` holds `t1a2b.menu.>`. */
export function streamNameOf(namespace: string, producer: string): string {
  return `${namespace}_${producer}`;
}

/** Whether a JetStream API call failed because the stream or consumer does not exist. */
export function isNotFound(error: unknown): boolean {
  return error instanceof NatsError && (error.code === '404' || error.api_error?.code === 404);
}

/** Whether a publish found no stream listening on its subject. */
export function isNoStream(error: unknown): boolean {
  return error instanceof NatsError && error.code === '503';
}

/** The stream limits an environment sets (see nats-bus-config.ts). */
export interface StreamLimits {
  /** 0 keeps events until deleted. */
  maxAgeMs: number;
  /** 0 = unlimited. */
  maxBytes: number;
  replicas: number;
}

/**
 * Creates the stream of a producer the first time this process needs it, on publish and on
 * consume alike, since a consumer may well start before its producer ever published. The
 * create is idempotent: two processes racing to add the same config both succeed.
 */
export class NatsStreams {
  private readonly ensured = new Map<string, Promise<string>>();

  constructor(
    private readonly jsm: JetStreamManager,
    private readonly namespace: string,
    private readonly limits: StreamLimits,
    private readonly logger: Logger,
  ) {}

  /** Resolves the stream name once the stream exists. */
  ensure(producer: string): Promise<string> {
    let ensured = this.ensured.get(producer);
    if (!ensured) {
      ensured = this.create(producer);
      // A failed attempt must not be cached, or one network blip would poison the producer.
      const attempt = ensured;
      attempt.catch(() => {
        if (this.ensured.get(producer) === attempt) this.ensured.delete(producer);
      });
      this.ensured.set(producer, attempt);
    }
    return ensured;
  }

  /** Forgets that a stream exists, after someone deleted it from under us. */
  forget(producer: string): void {
    this.ensured.delete(producer);
  }

  private async create(producer: string): Promise<string> {
    const name = streamNameOf(this.namespace, producer);
    try {
      const info = await this.jsm.streams.info(name);
      await this.adoptLimits(name, info.config);
      return name;
    } catch (error) {
      if (!isNotFound(error)) throw error;
    }
    try {
      await this.jsm.streams.add({
        name,
        subjects: [`${this.namespace}.${producer}.>`],
        storage: StorageType.File,
        duplicate_window: nanos(DUPLICATE_WINDOW_MS),
        ...this.limitsConfig(),
      });
      this.logger.info({ stream: name }, 'created event stream');
    } catch (error) {
      // Another process may have created it with a config of its own in the meantime;
      // whatever it chose, the stream now exists and carries our subjects.
      await this.jsm.streams.info(name).catch(() => {
        throw error;
      });
    }
    return name;
  }

  private limitsConfig(): Pick<StreamConfig, 'max_age' | 'max_bytes' | 'num_replicas'> {
    return {
      max_age: nanos(this.limits.maxAgeMs),
      max_bytes: this.limits.maxBytes > 0 ? this.limits.maxBytes : -1,
      num_replicas: this.limits.replicas,
    };
  }

  /**
   * Brings an existing stream to the environment's age and size limits, so changing them
   * needs no manual step. Replicas are left alone: moving a stream between servers is an
   * operator's decision, and a single server refuses more than one anyway.
   */
  private async adoptLimits(name: string, config: StreamConfig): Promise<void> {
    const wanted = this.limitsConfig();
    if (config.max_age === wanted.max_age && config.max_bytes === wanted.max_bytes) return;
    try {
      await this.jsm.streams.update(name, { ...config, max_age: wanted.max_age, max_bytes: wanted.max_bytes });
      this.logger.info({ stream: name, maxAgeMs: this.limits.maxAgeMs, maxBytes: this.limits.maxBytes }, 'updated event stream limits');
    } catch (error) {
      this.logger.warn({ err: error, stream: name }, 'could not update event stream limits; keeping the old ones');
    }
  }
}
