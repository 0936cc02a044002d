// Decorated classes read design-time types through reflect-metadata, which must load first.
import 'reflect-metadata';
import { Ctx, Directive, Field, FieldResolver, ID, Int, ObjectType, Resolver, Root } from 'type-graphql';
import type { DataSource } from 'typeorm';
import type { Identity } from '../auth/identity';
import { BadUserInputError } from '../errors';
import type { DeadLetter } from '../messaging/dead-letter.entity';
import { deadLettersByIds, deadLettersFailedIn, parsePublicDeadLetterId, publicDeadLetterId } from '../messaging/dead-letters';
import { createBatchLoader, type BatchLoader } from './batch-loader';
import type { ResolverMap } from './build-federated-schema';
import type { RequestContext } from './context';

/*
 * The admin console's federation pieces every subgraph shares. `AdminDashboard` is an entity
 * whose id is its time window, so each subgraph resolves a reference on its own and contributes
 * its figures. Dead letters live in every subgraph's own table: each subgraph contributes the
 * ids of its dead letters (`<subgraph>DeadLetters`) and, per `DeadLetter` entity, its row
 * (`<subgraph>Record`), both @inaccessible; the users subgraph merges them into the public
 * `deadLetters` and `DeadLetter` fields with @requires.
 */

/** Descriptions every subgraph repeats word for word, so composition has one to pick. */
export const ADMIN_DASHBOARD_DESCRIPTION = 'Platform figures of one time window for admins; each subgraph contributes its own.';
export const DEAD_LETTER_DESCRIPTION = 'An event a consumer gave up on, kept for an admin to inspect and redrive.';

/** The longest window a dashboard covers: a year and a day, so "the last 365 days" always fits. */
const MAX_WINDOW_MS = 366 * 24 * 3600 * 1000;

export interface DashboardWindow {
  from: Date;
  to: Date;
}

/** A window from the API's arguments: `from` before `to`, at most 366 days (BAD_USER_INPUT field "to"). */
export function checkDashboardWindow(from: Date, to: Date): DashboardWindow {
  if (!(to.getTime() > from.getTime())) throw new BadUserInputError('to', 'to must be after from');
  if (to.getTime() - from.getTime() > MAX_WINDOW_MS) throw new BadUserInputError('to', 'the window must not exceed 366 days');
  return { from, to };
}

/** The dashboard's entity id: the window itself, so any subgraph can resolve a reference alone. */
export function dashboardId(window: DashboardWindow): string {
  return `${window.from.toISOString()}/${window.to.toISOString()}`;
}

/** The window an `AdminDashboard` id stands for (BAD_USER_INPUT field "id" for anything else). */
export function dashboardWindowOf(id: string): DashboardWindow {
  const [from, to, extra] = id.split('/').map((part) => new Date(part));
  if (!from || !to || extra || Number.isNaN(from.getTime()) || Number.isNaN(to.getTime())) {
    throw new BadUserInputError('id', 'not an admin dashboard id');
  }
  return checkDashboardWindow(from, to);
}

/** One subgraph's dead letter as the merging subgraph requires it (never shown to clients as such). */
@ObjectType('DeadLetterRecord', { description: 'A dead letter as the subgraph that holds it reports it (internal to the graph).' })
@Directive('@shareable')
@Directive('@inaccessible')
export class DeadLetterRecord {
  @Field({ description: 'The subgraph whose consumer gave up.' })
  subgraph!: string;

  @Field({ description: 'The event type, or "unknown" when the payload had none.' })
  eventType!: string;

  @Field(() => ID, { nullable: true, description: 'The event id, when the payload had a usable one.' })
  eventId!: string | null;

  @Field({ description: 'Why the consumer gave up.' })
  error!: string;

  @Field(() => Int, { description: 'Deliveries before giving up.' })
  attempts!: number;

  @Field({ description: 'When it was given up.' })
  failedAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When an admin redrove it; null until then.' })
  redrivenAt!: Date | null;

  static of(subgraph: string, row: DeadLetter): DeadLetterRecord {
    return Object.assign(new DeadLetterRecord(), {
      subgraph,
      eventType: row.type ?? 'unknown',
      eventId: row.eventId,
      error: row.reason,
      attempts: row.attempts,
      failedAt: row.createdAt,
      redrivenAt: row.redrivenAt,
    });
  }
}

/** What a `DeadLetter` is to a contributing subgraph: its key (plus, in users, the required records). */
export interface DeadLetterKey {
  id: string;
}

export interface AdminConsoleOptions<C extends RequestContext> {
  /** The subgraph's name, the prefix of its dead letters' ids. */
  subgraph: string;
  /** The subgraph's own `AdminDashboard` class (key `id`, plus whatever figures it resolves). */
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  dashboardType: Function;
  /** The subgraph's named guard from its services/access.ts (admins only). */
  guard: (identity: Identity) => void;
  dataSource: (ctx: C) => DataSource;
  /** The `DeadLetter` class to extend; a bare entity stub when left out. */
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  deadLetterType?: Function;
}

/** Resolvers and reference resolvers of a subgraph's part in the admin console. */
export interface AdminConsoleContribution<C> {
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  resolvers: Function[];
  /** The entity types, for `buildFederatedSchema`'s orphanedTypes: no query of this subgraph reaches them. */
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  orphanedTypes: Function[];
  referenceResolvers: ResolverMap;
  /** The subgraph's own dead letters in a window, newest first. */
  deadLetterIdsIn(dataSource: DataSource, window: DashboardWindow): Promise<DeadLetterKey[]>;
  /** One of the subgraph's own dead letters by public id; null when it holds no such row. */
  recordOf(ctx: C, id: string): Promise<DeadLetterRecord | null>;
}

/** A subgraph's contribution to the admin console: its dead letters' ids and rows. */
export function adminConsoleContribution<C extends RequestContext>(options: AdminConsoleOptions<C>): AdminConsoleContribution<C> {
  const { subgraph, guard } = options;

  @ObjectType('DeadLetter', { description: DEAD_LETTER_DESCRIPTION })
  @Directive('@key(fields: "id")')
  class DeadLetterStub {
    @Field(() => ID, { description: '`<subgraph>:<uuid>`: the subgraph that holds it, and its row.' })
    id!: string;
  }
  const deadLetterType = options.deadLetterType ?? DeadLetterStub;

  // One loader per request context: a page of dead letters costs one query.
  const loaders = new WeakMap<C, BatchLoader<string, DeadLetter | null>>();
  const loaderOf = (ctx: C): BatchLoader<string, DeadLetter | null> => {
    let loader = loaders.get(ctx);
    if (!loader) {
      const dataSource = options.dataSource(ctx);
      loader = createBatchLoader((rowIds: readonly string[]) => deadLettersByIds(dataSource, rowIds), null);
      loaders.set(ctx, loader);
    }
    return loader;
  };
  const deadLetterIdsIn = async (dataSource: DataSource, window: DashboardWindow): Promise<DeadLetterKey[]> =>
    (await deadLettersFailedIn(dataSource, window.from, window.to)).map((row) => ({ id: publicDeadLetterId(subgraph, row.id) }));
  const recordOf = async (ctx: C, id: string): Promise<DeadLetterRecord | null> => {
    const parsed = parsePublicDeadLetterId(id);
    if (!parsed || parsed.subgraph !== subgraph) return null;
    const row = await loaderOf(ctx).load(parsed.rowId);
    return row ? DeadLetterRecord.of(subgraph, row) : null;
  };

  // Method names differ from every public field's: type-graphql keys field resolvers by method name.
  @Resolver(() => deadLetterType)
  class DeadLetterRecordResolver {
    @FieldResolver(() => DeadLetterRecord, {
      name: `${subgraph}Record`,
      nullable: true,
      description: `The row, when ${subgraph} holds it.`,
    })
    @Directive('@inaccessible')
    async contributedRecord(@Root() deadLetter: DeadLetterKey, @Ctx() ctx: C): Promise<DeadLetterRecord | null> {
      guard(ctx.identity);
      return recordOf(ctx, deadLetter.id);
    }
  }

  @Resolver(() => options.dashboardType)
  class DashboardDeadLettersResolver {
    @FieldResolver(() => [deadLetterType], { name: `${subgraph}DeadLetters`, description: `${subgraph}'s dead letters of the window.` })
    @Directive('@inaccessible')
    async contributedDeadLetters(@Root() dashboard: { id: string }, @Ctx() ctx: C): Promise<DeadLetterKey[]> {
      guard(ctx.identity);
      return deadLetterIdsIn(options.dataSource(ctx), dashboardWindowOf(dashboard.id));
    }
  }

  return {
    resolvers: [DeadLetterRecordResolver, DashboardDeadLettersResolver],
    orphanedTypes: [options.dashboardType, deadLetterType],
    referenceResolvers: {
      // The reference carries whatever the router fetched for @requires; keep it whole.
      DeadLetter: { __resolveReference: (reference: DeadLetterKey) => reference },
      AdminDashboard: { __resolveReference: (reference: { id: string }) => ({ ...reference, ...dashboardWindowOf(reference.id) }) },
    },
    deadLetterIdsIn,
    recordOf,
  };
}
