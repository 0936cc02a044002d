import type { ConsumerMessages, JetStreamClient, JetStreamManager, JsMsg } from 'nats';
import type { Logger } from '../logging';
import type { DeliveryPolicy } from './bus-delivery-policy';
import { TRACEPARENT } from '../tracing/trace-context';
import type { ConsumeOptions, DeliveredMessage } from './event-bus';
import { ensureDurable, type DurableSpec } from './nats-durable-config';

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
}

/**
 * One durable pull consumer on one producer's stream, processing one message at a time.
 * The loop survives reconnects, a deleted consumer or stream (it recreates them), and
 * handler errors; `stop()` lets the message in hand finish and be acked first.
 */
export class NatsDurableConsumer {
  private stopping = false;
  private messages: ConsumerMessages | null = null;
  private wakeRetry: (() => void) | null = null;
  private readonly loop: Promise<void>;
  /** Whether stream and durable are known to exist; cleared by any error so they get re-checked. */
  private established = true;

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
  ): Promise<NatsDurableConsumer> {
    const stream = await deps.ensureStream();
    await ensureDurable(deps.jsm, { ...spec, stream }, deps.logger);
    return new NatsDurableConsumer(deps, spec, types, namespace, options, policy);
  }

  private constructor(
    private readonly deps: NatsDurableConsumerDeps,
    private readonly spec: Omit<DurableSpec, 'stream'>,
    /** Types this consumer handles; others matching a wildcard filter are acked unseen. */
    private readonly types: ReadonlySet<string>,
    private readonly namespace: string,
    private readonly options: ConsumeOptions,
    private readonly policy: DeliveryPolicy,
  ) {
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
    // Closing ends the iteration after the messages already in hand; run() naks those.
    await this.messages?.close().catch(() => undefined);
    await this.loop;
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
    // abort_on_missing_resource ends the iteration when the consumer or stream is deleted, so
    // this loop can recreate them instead of the client polling for them forever.
    const messages = await consumer.consume({ max_messages: 16, abort_on_missing_resource: true });
    this.messages = messages;
    if (this.stopping) await messages.close();
    for await (const msg of messages) {
      if (this.stopping) {
        // Hand it back at once, so a restarted consumer need not wait out the ack wait.
        msg.nak();
        continue;
      }
      await this.process(msg);
    }
    this.messages = null;
    const ended = await messages.closed();
    if (ended instanceof Error) throw ended;
  }

  private async process(msg: JsMsg): Promise<void> {
    const type = msg.subject.slice(this.namespace.length + 1);
    if (!this.types.has(type)) {
      await this.ack(msg);
      return;
    }
    const message: DeliveredMessage = {
      payload: payloadOf(msg),
      attempt: msg.info.deliveryCount,
      subject: msg.subject,
      traceparent: msg.headers?.get(TRACEPARENT) || undefined,
    };
    if (message.attempt > this.policy.maxDeliveries) {
      // Only after a crash between the last failure and its ack; the error is gone with it.
      await this.deadLetter(message, new Error(`delivered ${message.attempt - 1} times without success`));
      await this.ack(msg);
      return;
    }
    // Tell the server the handler is still busy, so a slow one does not trigger a redelivery.
    const keepAlive = setInterval(() => msg.working(), Math.max(this.spec.ackWaitMs / 3, 100));
    try {
      await this.options.handle(message);
    } catch (error) {
      if (message.attempt < this.policy.maxDeliveries) {
        this.deps.logger.warn(
          { err: error, durable: this.spec.name, subject: msg.subject, attempt: message.attempt },
          'event handler failed; will redeliver',
        );
        msg.nak(this.policy.delayAfter(message.attempt));
        return;
      }
      await this.deadLetter(message, error);
    } finally {
      clearInterval(keepAlive);
    }
    await this.ack(msg);
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

  /** Waits for the server to confirm the ack, so a stop() right after really resumes past it. */
  private async ack(msg: JsMsg): Promise<void> {
    try {
      await msg.ackAck();
    } catch (error) {
      this.deps.logger.warn(
        { err: error, durable: this.spec.name, subject: msg.subject },
        'ack not confirmed; the event may be redelivered',
      );
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
