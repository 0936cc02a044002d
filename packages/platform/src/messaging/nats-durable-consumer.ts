import type { ConsumerMessages, JetStreamClient, JetStreamManager, JsMsg } from 'nats';
import type { Logger } from '../logging';
import type { DeliveryPolicy } from './bus-delivery-policy';
import { TRACEPARENT } from '../tracing/trace-context';
import type { ConsumeOptions, DeliveredMessage } from './event-bus';
import { orderingKeyOf } from './event-ordering-key';
import { ConcurrencyLimit, KeyedScheduler, type KeyedItem } from './keyed-scheduler';
import { ensureDurable, type DurableSpec } from './nats-durable-config';
import { readTakeoverBarrier } from './nats-takeover-barrier';

/** Pause before re-establishing a consumer after an error, so a dead server is not hammered. */
const RETRY_DELAY_MS = 1000;

export interface NatsDurableConsumerDeps {
  js: JetStreamClient;
  jsm: JetStreamManager;
  logger: Logger;
  /** Resolves the stream name, creating the stream if needed. */
  ensureStream(): Promise<string>;
  /** Called when the stream turned out to be gone, so the next ensure recreates it. */
  forgetStream(): void;
  /** Resolves once the server has everything sent before (acks and naks). */
  flush(): Promise<void>;
}

/** One message in this process's hands, from delivery until ack (or hand-back). */
interface HeldMessage extends KeyedItem {
  msg: JsMsg;
  message: DeliveredMessage;
}

export interface DurableRunOptions {
  /** Handlers running at once, shared by the durables of one `consume()`. */
  limit: ConcurrencyLimit;
  /**
   * Whether this process just took the durable over from another holder (a partition lease):
   * keys that holder still had in hand wait for their messages to come back first.
   */
  takeover: boolean;
}

/**
 * One durable pull consumer with up to `maxAckPending` messages in flight, handled per
 * ordering key (see event-ordering-key.ts) by a {@link KeyedScheduler}: a key's messages one
 * after the other in stream order, different keys in parallel. A failing message is retried
 * here, after the policy's delay, while it keeps holding its key (and telling the server it is
 * still `working()`), so the messages of its key wait behind it and nothing else does. It is
 * not nak'ed with a delay: the server would then hand the key's later messages to whoever
 * pulls next, ahead of it.
 *
 * Only one process may hold a durable with more than one message in flight (the bus leases
 * partitions, see nats-partition-leases.ts); a durable every replica shares keeps
 * `maxAckPending: 1`, where the server itself serialises.
 *
 * The loop survives reconnects, a deleted consumer or stream (it recreates them), and handler
 * errors; `stop()` lets the running handlers finish and be acked, and hands every message not
 * started back to the server (nak, in stream order) so the next holder gets them at once.
 */
export class NatsDurableConsumer {
  private stopping = false;
  private messages: ConsumerMessages | null = null;
  private wakeRetry: (() => void) | null = null;
  private loop: Promise<void> = Promise.resolve();
  /** Whether stream and durable are known to exist; cleared by any error so they get re-checked. */
  private established = true;
  private readonly held = new Map<number, HeldMessage>();
  private readonly scheduler: KeyedScheduler<HeldMessage>;
  private heartbeat: NodeJS.Timeout | null = null;
  private readonly retryWaits = new Set<() => void>();

  /**
   * Creates stream and durable before returning, so a misconfigured server fails the
   * caller's start-up instead of a background loop that only logs.
   */
  static async start(
    deps: NatsDurableConsumerDeps,
    spec: Omit<DurableSpec, 'stream'>,
    types: ReadonlySet<string>,
    namespace: string,
    options: ConsumeOptions,
    policy: DeliveryPolicy,
    run: DurableRunOptions = { limit: new ConcurrencyLimit(1), takeover: false },
  ): Promise<NatsDurableConsumer> {
    const stream = await deps.ensureStream();
    const found = await ensureDurable(deps.jsm, { ...spec, stream }, deps.logger);
    const consumer = new NatsDurableConsumer(deps, spec, types, namespace, options, policy, run.limit);
    if (run.takeover) {
      const barrier = await readTakeoverBarrier(deps.jsm, stream, spec, found, orderingKeyOf);
      if (barrier) {
        deps.logger.info(
          { durable: spec.name, aboveSeq: barrier.aboveSeq, keys: barrier.outstanding?.size ?? 'all' },
          'took over a durable with messages in flight; their keys wait for them',
        );
        consumer.scheduler.setBarrier(barrier);
      }
    }
    consumer.begin();
    return consumer;
  }

  private constructor(
    private readonly deps: NatsDurableConsumerDeps,
    private readonly spec: Omit<DurableSpec, 'stream'>,
    /** Types this consumer handles; others matching a wildcard filter are acked unseen. */
    private readonly types: ReadonlySet<string>,
    private readonly namespace: string,
    private readonly options: ConsumeOptions,
    private readonly policy: DeliveryPolicy,
    limit: ConcurrencyLimit,
  ) {
    this.scheduler = new KeyedScheduler((held) => this.process(held), limit);
  }

  /** Starts pulling, once a takeover barrier (if any) is in place. */
  private begin(): void {
    this.loop = this.run();
  }

  /** JetStream's `num_pending` of this durable: stored events matching its filter not yet delivered. */
  async pending(): Promise<number> {
    const stream = await this.deps.ensureStream();
    const info = await this.deps.jsm.consumers.info(stream, this.spec.name);
    return info.num_pending;
  }

  async stop(): Promise<void> {
    this.stopping = true;
    this.wakeRetry?.();
    for (const wake of [...this.retryWaits]) wake();
    // Closing ends the iteration; what arrives meanwhile is handed back by dispatch(). Not
    // awaited: the client's close() of a consume() that has not pulled yet never settles,
    // while the iteration does end.
    void this.messages?.close().catch(() => undefined);
    await this.loop;
    const unstarted = await this.scheduler.stop();
    // Oldest first: the server redelivers nak'ed messages in the order it got the naks.
    for (const held of unstarted) this.handBack(held);
    this.forget();
    await this.deps.flush().catch(() => undefined);
  }

  /** Takes a message into this process's hands, and the heartbeat with it. */
  private hold(held: HeldMessage): void {
    this.held.set(held.seq, held);
    // One timer for every held message, queued ones too: they must not be redelivered while
    // they wait for their key. Sending in stream order keeps their deadlines in that order, so
    // after a crash the server hands them out again oldest first. Only while something is held:
    // an idle process has many durables, and their timers would wake it for nothing.
    this.heartbeat ??= setInterval(() => this.beat(), Math.max(Math.floor(this.spec.ackWaitMs / 3), 100));
  }

  /** Lets go of a message (acked or handed back), or of all of them when stopping. */
  private forget(seq?: number): void {
    if (seq === undefined) this.held.clear();
    else this.held.delete(seq);
    if (this.held.size === 0 && this.heartbeat) {
      clearInterval(this.heartbeat);
      this.heartbeat = null;
    }
  }

  private beat(): void {
    const seqs = [...this.held.keys()].sort((a, b) => a - b);
    for (const seq of seqs) this.held.get(seq)?.msg.working();
  }

  private async run(): Promise<void> {
    while (!this.stopping) {
      try {
        await this.consumeOnce();
      } catch (error) {
        if (this.stopping) break;
        if (isMissing(error)) this.deps.forgetStream();
        this.deps.logger.warn({ err: error, durable: this.spec.name }, 'event consumer interrupted; re-establishing');
      }
      if (this.stopping) break;
      // Whatever ended the iteration may have taken stream or durable with it.
      this.established = false;
      await this.pause(RETRY_DELAY_MS);
    }
  }

  private async consumeOnce(): Promise<void> {
    const stream = await this.deps.ensureStream();
    if (!this.established) {
      await ensureDurable(this.deps.jsm, { ...this.spec, stream }, this.deps.logger);
      this.established = true;
    }
    if (this.stopping) return;
    const consumer = await this.deps.js.consumers.get(stream, this.spec.name);
    if (this.stopping) return;
    // abort_on_missing_resource ends the iteration when the consumer or stream is deleted, so
    // this loop can recreate them instead of the client polling for them forever.
    const messages = await consumer.consume({
      max_messages: Math.max(this.spec.maxAckPending, 16),
      abort_on_missing_resource: true,
    });
    this.messages = messages;
    if (this.stopping) void messages.close().catch(() => undefined);
    for await (const msg of messages) this.dispatch(msg);
    this.messages = null;
    const ended = await messages.closed();
    if (ended instanceof Error) throw ended;
  }

  /** Sorts a delivery into its key's queue without waiting: the iterator must keep flowing. */
  private dispatch(msg: JsMsg): void {
    if (this.stopping) {
      // Hand it back at once, so the next holder need not wait out the ack wait.
      msg.nak();
      return;
    }
    const type = subjectTypeOf(msg.subject, this.namespace);
    if (!this.types.has(type)) {
      this.ack(msg);
      return;
    }
    const seq = msg.seq;
    const already = this.held.get(seq);
    if (already) {
      // The server gave up on a heartbeat and sent it again; acking the newer copy settles both.
      already.msg = msg;
      return;
    }
    const payload = payloadOf(msg);
    const held: HeldMessage = {
      key: orderingKeyOf(payload),
      seq,
      msg,
      message: {
        payload,
        attempt: msg.info.deliveryCount,
        subject: `${this.namespace}.${type}`,
        traceparent: msg.headers?.get(TRACEPARENT) || undefined,
      },
    };
    this.hold(held);
    this.scheduler.add(held);
  }

  private async process(held: HeldMessage): Promise<void> {
    const first = held.message;
    if (first.attempt > this.policy.maxDeliveries) {
      // Only after a crash between the last failure and its ack; the error is gone with it.
      await this.deadLetter(first, new Error(`delivered ${first.attempt - 1} times without success`));
      this.settle(held);
      return;
    }
    for (let attempt = first.attempt; ; attempt++) {
      // A fresh object per attempt: a handler may keep the ones it was given.
      const message: DeliveredMessage = { ...first, attempt };
      try {
        await this.options.handle(message);
        break;
      } catch (error) {
        if (attempt >= this.policy.maxDeliveries) {
          await this.deadLetter(message, error);
          break;
        }
        this.deps.logger.warn(
          { err: error, durable: this.spec.name, subject: message.subject, attempt },
          'event handler failed; will redeliver',
        );
        if (!(await this.retryDelay(this.policy.delayAfter(attempt)))) {
          // Stopping: hand it back first, its key's later messages follow it from stop().
          this.handBack(held);
          return;
        }
      }
    }
    this.settle(held);
  }

  private settle(held: HeldMessage): void {
    this.ack(held.msg);
    this.forget(held.seq);
    this.scheduler.settled(held);
  }

  private handBack(held: HeldMessage): void {
    this.forget(held.seq);
    held.msg.nak();
  }

  /** Resolves true after `ms`, or false at once when the consumer stops meanwhile. */
  private retryDelay(ms: number): Promise<boolean> {
    if (this.stopping) return Promise.resolve(false);
    return new Promise((resolve) => {
      const wake = (): void => {
        clearTimeout(timer);
        this.retryWaits.delete(wake);
        resolve(false);
      };
      const timer = setTimeout(() => {
        this.retryWaits.delete(wake);
        resolve(true);
      }, ms);
      this.retryWaits.add(wake);
    });
  }

  private async deadLetter(message: DeliveredMessage, error: unknown): Promise<void> {
    this.deps.logger.error(
      { err: error, durable: this.spec.name, subject: message.subject, attempt: message.attempt },
      'event dead-lettered',
    );
    try {
      await this.options.deadLetter(message, error);
    } catch (deadLetterError) {
      // The contract acks regardless; a failing dead-letter store must not wedge the consumer.
      this.deps.logger.error({ err: deadLetterError, durable: this.spec.name, subject: message.subject }, 'dead-letter callback failed');
    }
  }

  /**
   * A plain ack, not `ackAck()`: waiting for the server's confirmation cost every delivery a
   * request and its reply (a tenth of a pure consumer's CPU). An ack lost on the way only
   * means a redelivery, which the inbox drops; stop() flushes the connection, so the acks of
   * what it let finish are at the server before the partition goes to another holder.
   */
  private ack(msg: JsMsg): void {
    try {
      msg.ack();
    } catch (error) {
      this.deps.logger.warn({ err: error, durable: this.spec.name, subject: msg.subject }, 'ack not sent; the event may be redelivered');
    }
  }

  private pause(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, ms);
      this.wakeRetry = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  }
}

/**
 * The event type of a subject: `<namespace>.<type>` or, partitioned, `<namespace>.<type>.p<N>`
 * (see nats-bus.ts). Types have exactly three segments.
 */
export function subjectTypeOf(subject: string, namespace: string): string {
  return subject
    .slice(namespace.length + 1)
    .split('.')
    .slice(0, 3)
    .join('.');
}

function payloadOf(msg: JsMsg): unknown {
  try {
    return msg.json<unknown>();
  } catch {
    // Not JSON: hand over the text so the inbox can dead-letter it with a reason.
    return msg.string();
  }
}

function isMissing(error: unknown): boolean {
  return error instanceof Error && /not found|deleted|no responders/i.test(error.message);
}
