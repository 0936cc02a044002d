import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { join } from 'node:path';
import type { EventEnvelope } from '@foodgraph/events';
import { uuidv7 } from '../src/ids';
import { createLogger } from '../src/logging';
import { orderingKeyOf, partitionOfKey } from '../src/messaging/event-ordering-key';
import type { EventBus } from '../src/messaging/event-bus';
import { DEFAULT_NATS_BUS } from '../src/messaging/nats-bus-config';
import { connectNatsBus, deleteNamespaceStreams } from '../src/messaging/nats-bus';
import { eventually } from './fixtures';

/*
 * After a kill -9 of a consumer process, its replacement processes events again within 3 s of
 * being back (issue 14): the dead process's partition leases lapse quickly, and the event it
 * held mid-handler blocks only its own order until the short ack wait hands it out again —
 * not its partition, not the stream. The child runs the built package (npm run build first).
 */

const url = process.env.NATS_URL ?? 'nats://127.0.0.1:4222';
const namespace = `t${Math.random().toString(36).slice(2, 8)}`;
const producer = 'crash';
const CHILD = join(__dirname, 'support', 'crash-consumer-child.mjs');
const RESUME_BUDGET_MS = 3000;
const ACK_WAIT_MS = 12_000;

interface Line {
  at: number;
  ready?: boolean;
  connected?: boolean;
  started?: string;
  handled?: string;
  attempt?: number;
}

function startChild(hangId: string, lines: Line[]): ChildProcess {
  const child = spawn(process.execPath, [CHILD], {
    // An ack wait longer than the restart takes, so the held event is still out when the
    // replacement starts: it must then hold back its own order and nothing else.
    env: { ...process.env, NATS_URL: url, NS: namespace, PRODUCER: producer, HANG_ID: hangId, NATS_ACK_WAIT: `${ACK_WAIT_MS}ms` },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  createInterface({ input: child.stdout }).on('line', (line) => lines.push(JSON.parse(line) as Line));
  return child;
}

const event = (orderId: string, step: number): EventEnvelope => ({
  id: uuidv7(),
  type: `${producer}.order.changed`,
  version: 1,
  occurredAt: new Date().toISOString(),
  producer,
  correlationId: orderId,
  causationId: null,
  data: { orderId, step },
});

const partitionOf = (orderId: string): number => partitionOfKey(orderingKeyOf({ data: { orderId } }), DEFAULT_NATS_BUS.partitions);

let bus: EventBus;
const children: ChildProcess[] = [];

beforeAll(async () => {
  bus = await connectNatsBus({ url, namespace, logger: createLogger('crash-test', 'silent') });
});

afterAll(async () => {
  for (const child of children) child.kill('SIGKILL');
  await bus.close();
  await deleteNamespaceStreams(url, namespace);
});

it('resumes within 3 s of a restart after kill -9 mid-event; the held event blocks only its own order', async () => {
  const stuck = uuidv7();
  // Another order in the same partition as the stuck one: it must not wait for the stuck event.
  let neighbour = uuidv7();
  while (partitionOf(neighbour) !== partitionOf(stuck)) neighbour = uuidv7();
  const held = event(stuck, 0);

  const first: Line[] = [];
  children.push(startChild(held.id, first));
  await eventually(() => first.some((line) => line.ready), 20_000);
  await bus.publish(held);
  await eventually(() => first.some((line) => line.started === held.id));
  children[0].kill('SIGKILL');
  await new Promise((resolve) => children[0].once('exit', resolve));

  // Published while no consumer runs: the stuck order's next step, and work of other orders.
  const next = event(stuck, 1);
  const others = [event(neighbour, 0), ...Array.from({ length: 6 }, () => event(uuidv7(), 0))];
  await bus.publish(next);
  for (const each of others) await bus.publish(each);

  const second: Line[] = [];
  const spawnedAt = Date.now();
  children.push(startChild(held.id, second));
  await eventually(() => second.some((line) => line.ready), 20_000);
  // "Back": connected to NATS, about to start its consumers (module loading before that is
  // the machine's, not the bus's).
  const readyAt = second.find((line) => line.connected)!.at;
  const handledAt = (id: string): number | undefined => second.find((line) => line.handled === id)?.at;

  await eventually(() => others.every((each) => handledAt(each.id) !== undefined), 10_000);
  const resumedAt = Math.min(...others.map((each) => handledAt(each.id)!));
  const neighbourAt = handledAt(others[0].id)!;
  await eventually(() => handledAt(next.id) !== undefined, ACK_WAIT_MS + 10_000);
  const heldLine = second.find((line) => line.handled === held.id)!;

  process.stdout.write(
    `kill -9 recovery: back (connected) ${readyAt - spawnedAt} ms after spawn; first event handled ${resumedAt - readyAt} ms after that; ` +
      `same-partition neighbour ${neighbourAt - readyAt} ms; held event back after ${heldLine.at - readyAt} ms (attempt ${heldLine.attempt})\n`,
  );
  expect(resumedAt - readyAt).toBeLessThanOrEqual(RESUME_BUDGET_MS);
  expect(neighbourAt - readyAt).toBeLessThanOrEqual(RESUME_BUDGET_MS);
  // The held event came back (a second delivery) and its order's next step waited for it.
  expect(heldLine.attempt).toBe(2);
  expect(handledAt(next.id)!).toBeGreaterThanOrEqual(heldLine.at);
  expect(neighbourAt).toBeLessThan(heldLine.at);
}, 60_000);
