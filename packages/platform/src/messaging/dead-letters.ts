import type { DataSource, EntityManager } from 'typeorm';
import { BadUserInputError } from '../errors';
import { isUuid, uuidv7 } from '../ids';
import type { Logger } from '../logging';
import { DeadLetter } from './dead-letter.entity';
import { newEvent } from './new-event';
import { appendToOutbox } from './outbox';

export interface DeadLetterInput {
  consumer: string;
  /** The payload as delivered, valid or not. */
  payload: unknown;
  reason: string;
  attempts: number;
  /**
   * The subgraph whose consumer gave up. When set, the dead letter is also announced as
   * `platform.dead_letter.recorded` through the outbox, in the same transaction (admins are
   * notified of it). @default undefined: recorded only
   */
  subgraph?: string | undefined;
}

/** The dead letter's announcement, unless it is about an announcement (which must not feed on itself). */
function announcementOf(row: DeadLetter, subgraph: string | undefined) {
  if (!subgraph || row.type === 'platform.dead_letter.recorded') return null;
  return newEvent(
    'platform.dead_letter.recorded',
    {
      deadLetterId: publicDeadLetterId(subgraph, row.id),
      subgraph,
      consumer: row.consumer,
      eventType: row.type,
      eventId: row.eventId,
      reason: row.reason.slice(0, 1000),
      attempts: row.attempts,
      at: new Date().toISOString(),
    },
    { producer: subgraph, correlationId: row.eventId ?? row.id },
  );
}

/** Reads `id` and `type` off a payload that may be anything, for the columns an admin filters on. */
function identify(payload: unknown): { eventId: string | null; type: string | null } {
  if (typeof payload !== 'object' || payload === null) return { eventId: null, type: null };
  const { id, type } = payload as { id?: unknown; type?: unknown };
  return {
    eventId: typeof id === 'string' && isUuid(id) ? id : null,
    type: typeof type === 'string' ? type.slice(0, 200) : null,
  };
}

/** Stores a delivery the consumer gave up on and logs it as an error: never a silent drop. */
export async function recordDeadLetter(db: DataSource | EntityManager, logger: Logger, input: DeadLetterInput): Promise<DeadLetter> {
  const { eventId, type } = identify(input.payload);
  const row = Object.assign(new DeadLetter(), {
    id: uuidv7(),
    consumer: input.consumer,
    eventId,
    type,
    // jsonb cannot hold `undefined`; SQL NULL says "nothing was delivered".
    payload: input.payload === undefined ? null : input.payload,
    reason: input.reason,
    attempts: input.attempts,
  });
  const announcement = announcementOf(row, input.subgraph);
  if (announcement) {
    await db.transaction(async (manager) => {
      await manager.getRepository(DeadLetter).save(row, { reload: false });
      await appendToOutbox(manager, [announcement]);
    });
  } else {
    await db.getRepository(DeadLetter).save(row, { reload: false });
  }
  logger.error({ consumer: input.consumer, eventId, type, attempts: input.attempts, reason: input.reason }, 'event dead-lettered');
  return row;
}

export interface ListDeadLettersOptions {
  /** Page size, 1..100. */
  first: number;
  /** Id of the last dead letter of the previous page. */
  after?: string | null;
  /** Only this consumer's dead letters. */
  consumer?: string;
}

/** Dead letters, newest first, for an admin view. */
export async function listDeadLetters(
  dataSource: DataSource,
  options: ListDeadLettersOptions,
): Promise<{ items: DeadLetter[]; hasNextPage: boolean }> {
  const { first, after, consumer } = options;
  if (!Number.isInteger(first) || first < 1 || first > 100) throw new BadUserInputError('first', 'first must be between 1 and 100');
  if (after && !isUuid(after)) throw new BadUserInputError('after', 'after must be a cursor returned by a previous page');
  const query = dataSource
    .getRepository(DeadLetter)
    .createQueryBuilder('d')
    .orderBy('d.id', 'DESC')
    .take(first + 1);
  // uuidv7 ids grow with time, so "older than the cursor" is simply a smaller id.
  if (after) query.andWhere('d.id < :after', { after });
  if (consumer) query.andWhere('d.consumer = :consumer', { consumer });
  const rows = await query.getMany();
  return { items: rows.slice(0, first), hasNextPage: rows.length > first };
}

/**
 * A dead letter's id as the API shows it: `<subgraph>:<row id>`. The subgraph part routes a
 * redrive to the subgraph that holds the row (every subgraph has its own `dead_letters` table).
 */
export function publicDeadLetterId(subgraph: string, rowId: string): string {
  return `${subgraph}:${rowId}`;
}

/** The subgraph and row of a public dead letter id; null for anything else. */
export function parsePublicDeadLetterId(id: string): { subgraph: string; rowId: string } | null {
  const match = /^([a-z][a-z0-9-]*):([0-9a-fA-F-]{36})$/.exec(id);
  if (!match || !isUuid(match[2])) return null;
  return { subgraph: match[1], rowId: match[2].toLowerCase() };
}

/** Dead letters recorded in [from, to), newest first, at most `limit`. */
export async function deadLettersFailedIn(dataSource: DataSource, from: Date, to: Date, limit = 100): Promise<DeadLetter[]> {
  return dataSource
    .getRepository(DeadLetter)
    .createQueryBuilder('d')
    .where('d.created_at >= :from AND d.created_at < :to', { from, to })
    .orderBy('d.id', 'DESC')
    .take(limit)
    .getMany();
}

/** The rows with these ids (malformed ids are simply not found). */
export async function deadLettersByIds(dataSource: DataSource, rowIds: readonly string[]): Promise<Map<string, DeadLetter>> {
  const valid = [...new Set(rowIds.filter(isUuid).map((id) => id.toLowerCase()))];
  if (valid.length === 0) return new Map();
  const rows = await dataSource.getRepository(DeadLetter).createQueryBuilder('d').where('d.id IN (:...ids)', { ids: valid }).getMany();
  return new Map(rows.map((row) => [row.id, row]));
}
