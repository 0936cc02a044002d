import type { Identity } from '@foodgraph/platform/auth';
import { BadUserInputError } from '@foodgraph/platform/errors';
import type { DashboardWindow } from '@foodgraph/platform/graphql';
import { newEvent, parsePublicDeadLetterId, withOutbox, type ChangeOrigin, type OutboxNudger } from '@foodgraph/platform/messaging';
import type { Clock } from '@foodgraph/platform/process';
import type { DataSource } from 'typeorm';
import { assertCanUseAdminConsole } from './access';

/** Users' part of the admin console: new users, and the redrive requests for every subgraph's dead letters. */
export class AdminConsoleService {
  constructor(
    readonly dataSource: DataSource,
    private readonly relay: OutboxNudger,
    private readonly clock: Clock,
    /** Subgraphs whose dead letters a redrive may name. */
    private readonly subgraphs: readonly string[],
  ) {}

  /** Registered accounts (not guest sessions) created in the window. */
  async newUsers(identity: Identity, window: DashboardWindow): Promise<number> {
    assertCanUseAdminConsole(identity);
    const [row] = await this.dataSource.query<{ count: string }[]>(
      'SELECT count(*) AS count FROM users WHERE NOT is_guest AND created_at >= $1 AND created_at < $2',
      [window.from, window.to],
    );
    return Number(row?.count ?? 0);
  }

  /**
   * Asks the subgraph named in the id to hand the dead letter back to its consumer. A mutation
   * runs in one subgraph and every subgraph holds its own dead letters, so the request travels
   * as `users.dead_letter.redrive_requested`; the owner redrives it exactly once (see
   * redriveDeadLetter in the platform) and sets its `redrivenAt`.
   */
  async requestRedrive(identity: Identity, id: string, origin: ChangeOrigin): Promise<void> {
    const admin = assertCanUseAdminConsole(identity);
    const parsed = parsePublicDeadLetterId(id);
    if (!parsed || !this.subgraphs.includes(parsed.subgraph)) throw new BadUserInputError('id', 'id is not a dead letter id');
    const data = { deadLetterId: id, subgraph: parsed.subgraph, rowId: parsed.rowId, requestedBy: admin.userId };
    await withOutbox(this.dataSource, this.relay, async (_manager, emit) => {
      emit(newEvent('users.dead_letter.redrive_requested', data, { producer: 'users', ...origin, occurredAt: this.clock() }));
    });
  }
}
