import { NotFoundError } from '@foodgraph/platform/errors';
import {
  adminConsoleContribution,
  checkDashboardWindow,
  dashboardId,
  dashboardWindowOf,
  type DeadLetterRecord,
} from '@foodgraph/platform/graphql';
import { originOfRequest, parsePublicDeadLetterId } from '@foodgraph/platform/messaging';
import { Arg, Ctx, Directive, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { assertCanUseAdminConsole } from '../services/access';
import type { UsersContext } from './context';
import {
  AdminDashboard,
  DEAD_LETTER_CONTRIBUTORS,
  DeadLetter,
  REQUIRED_DEAD_LETTER_IDS,
  REQUIRED_RECORDS,
} from './types/admin-dashboard.type';

/** Users' own dead letters, in the same shape every other subgraph contributes. */
export const usersAdminConsole = adminConsoleContribution<UsersContext>({
  subgraph: 'users',
  dashboardType: AdminDashboard,
  deadLetterType: DeadLetter,
  guard: assertCanUseAdminConsole,
  dataSource: (ctx) => ctx.services.adminConsole.dataSource,
});

/** Newest first: the row ids are uuidv7, so their order is their time. */
const byNewest = (a: { id: string }, b: { id: string }): number =>
  (parsePublicDeadLetterId(b.id)?.rowId ?? '').localeCompare(parsePublicDeadLetterId(a.id)?.rowId ?? '');

/** The dashboard's root and the merge of every subgraph's dead letters. */
@Resolver(() => AdminDashboard)
export class AdminDashboardResolver {
  @Query(() => AdminDashboard, { description: 'Admin: platform figures of [from, to) (at most 366 days); each subgraph adds its own.' })
  adminDashboard(
    @Arg('from', () => Date, { description: 'Start of the window (inclusive).' }) from: Date,
    @Arg('to', () => Date, { description: 'End of the window (exclusive).' }) to: Date,
    @Ctx() ctx: UsersContext,
  ): AdminDashboard {
    assertCanUseAdminConsole(ctx.identity);
    const window = checkDashboardWindow(from, to);
    return Object.assign(new AdminDashboard(), { id: dashboardId(window), ...window });
  }

  @FieldResolver(() => Int, { description: 'users: accounts registered in the window (guest sessions left out).' })
  newUsers(@Root() dashboard: AdminDashboard, @Ctx() ctx: UsersContext): Promise<number> {
    return ctx.services.adminConsole.newUsers(ctx.identity, dashboardWindowOf(dashboard.id));
  }

  @FieldResolver(() => [DeadLetter], { description: "Every subgraph's dead letters of the window, newest first." })
  @Directive(`@requires(fields: "${REQUIRED_DEAD_LETTER_IDS}")`)
  async deadLetters(@Root() dashboard: AdminDashboard, @Ctx() ctx: UsersContext): Promise<DeadLetter[]> {
    assertCanUseAdminConsole(ctx.identity);
    const own = await usersAdminConsole.deadLetterIdsIn(ctx.services.adminConsole.dataSource, dashboardWindowOf(dashboard.id));
    const others = DEAD_LETTER_CONTRIBUTORS.flatMap((name) => dashboard[`${name}DeadLetters`] ?? []);
    return [...own, ...others].map((key) => Object.assign(new DeadLetter(), { id: key.id })).sort(byNewest);
  }

  @Mutation(() => DeadLetter, {
    description:
      'Admin: hands the event back to its consumer, exactly once. The subgraph that holds it does so right after; redrivenAt then shows when.',
  })
  async redriveDeadLetter(
    @Arg('id', () => ID, { description: 'The dead letter.' }) id: string,
    @Ctx() ctx: UsersContext,
  ): Promise<DeadLetter> {
    await ctx.services.adminConsole.requestRedrive(ctx.identity, id, originOfRequest(ctx));
    return Object.assign(new DeadLetter(), { id });
  }
}

/** A dead letter's fields, from whichever subgraph holds its row. */
@Resolver(() => DeadLetter)
export class DeadLetterResolver {
  @FieldResolver(() => String, { description: 'The subgraph whose consumer gave up.' })
  subgraph(@Root() deadLetter: DeadLetter): string {
    return parsePublicDeadLetterId(deadLetter.id)?.subgraph ?? 'unknown';
  }

  @FieldResolver(() => String, { description: 'The event type.' })
  @Directive(`@requires(fields: "${REQUIRED_RECORDS}")`)
  async eventType(@Root() deadLetter: DeadLetter, @Ctx() ctx: UsersContext): Promise<string> {
    return (await recordOf(deadLetter, ctx)).eventType;
  }

  @FieldResolver(() => ID, { description: 'The event id ("unknown" payloads have none: the dead letter id stands in).' })
  @Directive(`@requires(fields: "${REQUIRED_RECORDS}")`)
  async eventId(@Root() deadLetter: DeadLetter, @Ctx() ctx: UsersContext): Promise<string> {
    return (await recordOf(deadLetter, ctx)).eventId ?? deadLetter.id;
  }

  @FieldResolver(() => String, { description: 'Why the consumer gave up.' })
  @Directive(`@requires(fields: "${REQUIRED_RECORDS}")`)
  async error(@Root() deadLetter: DeadLetter, @Ctx() ctx: UsersContext): Promise<string> {
    return (await recordOf(deadLetter, ctx)).error;
  }

  @FieldResolver(() => Int, { description: 'Deliveries before giving up.' })
  @Directive(`@requires(fields: "${REQUIRED_RECORDS}")`)
  async attempts(@Root() deadLetter: DeadLetter, @Ctx() ctx: UsersContext): Promise<number> {
    return (await recordOf(deadLetter, ctx)).attempts;
  }

  @FieldResolver(() => Date, { description: 'When it was given up.' })
  @Directive(`@requires(fields: "${REQUIRED_RECORDS}")`)
  async failedAt(@Root() deadLetter: DeadLetter, @Ctx() ctx: UsersContext): Promise<Date> {
    return (await recordOf(deadLetter, ctx)).failedAt;
  }

  @FieldResolver(() => Date, { nullable: true, description: 'When an admin redrove it and its consumer handled it; null until then.' })
  @Directive(`@requires(fields: "${REQUIRED_RECORDS}")`)
  async redrivenAt(@Root() deadLetter: DeadLetter, @Ctx() ctx: UsersContext): Promise<Date | null> {
    return (await recordOf(deadLetter, ctx)).redrivenAt;
  }
}

/** The row behind a dead letter: users' own, or the one its subgraph reported for @requires. */
async function recordOf(deadLetter: DeadLetter, ctx: UsersContext): Promise<DeadLetterRecord> {
  assertCanUseAdminConsole(ctx.identity);
  const record =
    (await usersAdminConsole.recordOf(ctx, deadLetter.id)) ??
    DEAD_LETTER_CONTRIBUTORS.map((name) => deadLetter[`${name}Record`]).find((found) => found) ??
    null;
  if (!record) throw new NotFoundError('Dead letter', deadLetter.id);
  return record;
}
