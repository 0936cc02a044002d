import type { Identity } from '@foodgraph/platform/auth';
import { BadUserInputError, ConflictError } from '@foodgraph/platform/errors';
import { isUuid } from '@foodgraph/platform/ids';
import { withOutbox, type ChangeOrigin, type OutboxNudger } from '@foodgraph/platform/messaging';
import { retryWithin, type Clock, type RetryWindow } from '@foodgraph/platform/process';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { verifyPassword } from '../auth/password-hasher';
import { StaffMembershipEntity } from '../entities/staff-membership.entity';
import { UserEntity } from '../entities/user.entity';
import { publishStaffAdded, publishStaffRemoved } from '../events/staff.publisher';
import { assertCanAddStaff, assertCanManageStaff, workplacesVisibleTo } from './access';
import type { AccountService } from './account.service';
import { validateAccountInput, type AccountInput } from './account-input';
import { findRestaurantOwners } from './restaurant-owners';

/**
 * How long adding staff waits for menu's announcement of a restaurant it does not know yet —
 * a partner who adds staff right after creating the restaurant (`timeoutMs` default 3000,
 * `intervalMs` default 100).
 */
export type OwnerWait = RetryWindow;

const DEFAULT_OWNER_WAIT: OwnerWait = { timeoutMs: 3000, intervalMs: 100 };
const EMAIL_TAKEN = 'An account with this email already exists';

/**
 * Kitchen staff: STAFF accounts that work at restaurants.
 *
 * Why here, in users, and not in menu: the mutation must create an account with a password
 * and answer with that account. Menu knows who owns a restaurant but not accounts; had menu
 * taken the mutation, the password (or its hash) would have to travel to users in an event —
 * a credential in a durable stream — and an email already taken would come back only later,
 * after menu had answered. Users, on the other hand, needs just one fact of menu's, the
 * restaurant's owner, which never changes: it keeps that from `menu.restaurant.changed`
 * (`restaurant-owners.ts`). So the account, its membership and `users.staff.added` commit in
 * one transaction here, the owner gets the User back at once, a taken email is a CONFLICT at
 * once, and menu and orders learn the membership from the event for their own guards.
 */
export class StaffService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly accounts: AccountService,
    private readonly outbox: OutboxNudger,
    private readonly clock: Clock,
    private readonly ownerWait: OwnerWait = DEFAULT_OWNER_WAIT,
  ) {}

  /**
   * `addRestaurantStaff`: a new STAFF account working at the restaurant. A retry of the same
   * request answers the same user: when the email already belongs to a STAFF account that
   * works (or worked) only at this owner's restaurants and the password matches, that account
   * is (again) made to work here instead — which is also how an owner puts one of their cooks
   * in a second kitchen. Any other account with the email is a CONFLICT.
   */
  async add(identity: Identity, rawRestaurantId: string, input: AccountInput, origin: ChangeOrigin): Promise<UserEntity> {
    const restaurantId = restaurantIdOf(rawRestaurantId);
    const ownerId = await this.ownerOf(restaurantId, identity.kind === 'user' ? identity.userId : null);
    const owner = assertCanAddStaff(identity, ownerId);
    const account = validateAccountInput(input);
    const taken = await this.dataSource.getRepository(UserEntity).findOneBy({ email: account.email });
    if (!taken) {
      try {
        return await this.accounts.createKitchenStaff(account, origin, async (manager, user) => {
          await this.hire(manager, restaurantId, user, owner.userId, origin);
          return user;
        });
      } catch (err) {
        // A concurrent retry of the same request created it first: answer as a retry does.
        if (!(err instanceof ConflictError)) throw err;
      }
    }
    return this.rehire(restaurantId, owner.userId, account.email, account.password, origin);
  }

  /**
   * `removeRestaurantStaff`: the user no longer works at the restaurant (owner or admin);
   * true also when they did not (a retry). Their access ends as the event reaches menu and
   * orders, which also end their open kitchen feeds of this restaurant.
   */
  async remove(identity: Identity, rawRestaurantId: string, rawUserId: string, origin: ChangeOrigin): Promise<boolean> {
    const restaurantId = restaurantIdOf(rawRestaurantId);
    const ownerId = (await findRestaurantOwners(this.dataSource.manager, [restaurantId])).get(restaurantId) ?? null;
    const remover = assertCanManageStaff(identity, ownerId);
    if (!isUuid(rawUserId)) throw new BadUserInputError('userId', 'userId must be a user id');
    const userId = rawUserId.toLowerCase();
    await withOutbox(this.dataSource, this.outbox, async (manager) => {
      const membership = await manager.findOne(StaffMembershipEntity, {
        where: { restaurantId, userId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!membership?.active) return;
      Object.assign(membership, { active: false, revision: membership.revision + 1, addedBy: remover.userId, changedAt: this.clock() });
      await manager.save(StaffMembershipEntity, membership);
      await publishStaffRemoved(manager, membership, origin);
    });
    return true;
  }

  /** `Restaurant.staff`: who works there now, by name (owner or admin). */
  async staffOf(identity: Identity, rawRestaurantId: string): Promise<UserEntity[]> {
    if (!isUuid(rawRestaurantId)) return [];
    const restaurantId = rawRestaurantId.toLowerCase();
    const ownerId = (await findRestaurantOwners(this.dataSource.manager, [restaurantId])).get(restaurantId) ?? null;
    // A restaurant menu has not announced yet has no staff: nobody could have been added.
    if (ownerId === null) return [];
    assertCanManageStaff(identity, ownerId);
    const members = await this.dataSource.getRepository(StaffMembershipEntity).findBy({ restaurantId, active: true });
    if (members.length === 0) return [];
    const users = await this.dataSource.getRepository(UserEntity).findBy({ id: In(members.map((m) => m.userId)) });
    return users.sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
  }

  /** `User.worksAt`: ids of the restaurants the user works at that the caller may see. */
  async workplacesOf(identity: Identity, userId: string): Promise<string[]> {
    const members = await this.dataSource.getRepository(StaffMembershipEntity).find({
      where: { userId, active: true },
      order: { restaurantId: 'ASC' },
    });
    const owners = await findRestaurantOwners(
      this.dataSource.manager,
      members.map((m) => m.restaurantId),
    );
    const workplaces = members.map((m) => ({ restaurantId: m.restaurantId, ownerId: owners.get(m.restaurantId) ?? null }));
    return workplacesVisibleTo(identity, userId, workplaces).map((w) => w.restaurantId);
  }

  /** The restaurant's owner; a partner's first try may wait for menu's announcement of it. */
  private async ownerOf(restaurantId: string, callerId: string | null): Promise<string | null> {
    const lookup = async () => (await findRestaurantOwners(this.dataSource.manager, [restaurantId])).get(restaurantId) ?? null;
    if (callerId === null) return lookup();
    return retryWithin(this.ownerWait, lookup, (ownerId) => ownerId !== null);
  }

  /** Makes `user` work at the restaurant (again), recording `users.staff.added` unless they already do. */
  private async hire(manager: EntityManager, restaurantId: string, user: UserEntity, by: string, origin: ChangeOrigin): Promise<void> {
    const current = await manager.findOne(StaffMembershipEntity, {
      where: { restaurantId, userId: user.id },
      lock: { mode: 'pessimistic_write' },
    });
    if (current?.active) return;
    const membership = Object.assign(current ?? new StaffMembershipEntity(), {
      restaurantId,
      userId: user.id,
      active: true,
      revision: (current?.revision ?? 0) + 1,
      addedBy: by,
      changedAt: this.clock(),
    });
    await manager.save(StaffMembershipEntity, membership);
    await publishStaffAdded(manager, membership, user, origin);
  }

  /** The taken-email branch of `add`: the owner's own cook with the right password, or CONFLICT. */
  private async rehire(restaurantId: string, ownerId: string, email: string, password: string, origin: ChangeOrigin): Promise<UserEntity> {
    const user = await this.dataSource.getRepository(UserEntity).findOneBy({ email });
    if (!user || user.role !== 'STAFF' || !user.passwordHash) throw new ConflictError(EMAIL_TAKEN);
    const memberships = await this.dataSource.getRepository(StaffMembershipEntity).findBy({ userId: user.id });
    const owners = await findRestaurantOwners(
      this.dataSource.manager,
      memberships.map((m) => m.restaurantId),
    );
    const onlyThisOwners = memberships.every((m) => owners.get(m.restaurantId) === ownerId);
    if (!onlyThisOwners || !(await verifyPassword(password, user.passwordHash))) throw new ConflictError(EMAIL_TAKEN);
    await withOutbox(this.dataSource, this.outbox, (manager) => this.hire(manager, restaurantId, user, ownerId, origin));
    return user;
  }
}

/** The restaurant id argument; a malformed one names its field. */
function restaurantIdOf(raw: string): string {
  if (!isUuid(raw)) throw new BadUserInputError('restaurantId', 'restaurantId must be a restaurant id');
  return raw.toLowerCase();
}
