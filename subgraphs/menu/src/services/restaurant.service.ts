import type { Identity } from '@foodgraph/platform/auth';
import { NotFoundError } from '@foodgraph/platform/errors';
import { uuidv7 } from '@foodgraph/platform/ids';
import { withOutbox, type ChangeOrigin, type OutboxNudger } from '@foodgraph/platform/messaging';
import type { Clock } from '@foodgraph/platform/process';
import type { DataSource } from 'typeorm';
import { parseId, requiredText } from '../domain/input-rules';
import { nextRestaurantStatus, RestaurantStatus, type RestaurantStatusAction } from '../domain/restaurant-status';
import {
  validateNewRestaurant,
  validateRestaurantPatch,
  type NewRestaurantDraft,
  type RestaurantPatchDraft,
  type ValidAddress,
} from '../domain/restaurant-rules';
import { RestaurantEntity } from '../entities/restaurant.entity';
import { restaurantChanged } from '../events/menu-event-publisher';
import { assertAdmin, assertCanManageRestaurant, assertPartner, assertSignedIn } from './access';

/**
 * Writes to restaurants. Each write runs in one transaction that locks the row, bumps its
 * revision and records `menu.restaurant.changed` in the outbox, so the event exists exactly
 * when the change does and revisions never go backwards.
 */
export class RestaurantService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly relay: OutboxNudger,
    private readonly defaultTimeZone: string,
  ) {}

  /** A partner opens a restaurant; it waits for approval, owned by the partner. */
  async create(identity: Identity, draft: NewRestaurantDraft, origin: ChangeOrigin): Promise<RestaurantEntity> {
    const partner = assertPartner(identity);
    const valid = validateNewRestaurant(draft, this.defaultTimeZone);
    const now = this.clock();
    const restaurant = Object.assign(new RestaurantEntity(), {
      // Ids take real time, not the injected clock, so they stay creation-ordered in tests too.
      id: uuidv7(),
      ownerId: partner.userId,
      name: valid.name,
      description: valid.description,
      cuisines: valid.cuisines,
      ...addressColumns(valid.address),
      status: RestaurantStatus.PendingApproval,
      suspensionReason: null,
      // On by default so that approval alone makes it orderable (within its hours).
      acceptingOrders: true,
      openingHours: valid.openingHours,
      timeZone: valid.timeZone,
      currency: valid.currency,
      deliveryFee: valid.deliveryFee,
      minimumOrder: valid.minimumOrder,
      revision: 1,
      createdAt: now,
      updatedAt: now,
    } satisfies RestaurantEntity);
    await withOutbox(this.dataSource, this.relay, async (manager, emit) => {
      await manager.insert(RestaurantEntity, restaurant);
      emit(restaurantChanged(restaurant, origin, now));
    });
    return restaurant;
  }

  /** The owner (or an admin) edits the restaurant's details. */
  async update(identity: Identity, id: string, draft: RestaurantPatchDraft, origin: ChangeOrigin): Promise<RestaurantEntity> {
    assertSignedIn(identity);
    return this.change(parseId(id, 'id'), origin, (restaurant) => {
      // Authorization before validation: a stranger learns nothing from the error.
      assertCanManageRestaurant(identity, restaurant);
      const patch = validateRestaurantPatch(draft);
      const { address, ...rest } = patch;
      Object.assign(restaurant, rest, address ? addressColumns(address) : {});
      return Object.keys(patch).length > 0;
    });
  }

  /** The owner's (or an admin's) open/closed switch. */
  async setOpen(identity: Identity, id: string, open: boolean, origin: ChangeOrigin): Promise<RestaurantEntity> {
    assertSignedIn(identity);
    return this.change(parseId(id, 'id'), origin, (restaurant) => {
      assertCanManageRestaurant(identity, restaurant);
      if (restaurant.acceptingOrders === open) return false;
      restaurant.acceptingOrders = open;
      return true;
    });
  }

  /** Admin: approve a pending restaurant or lift a suspension. */
  async approve(identity: Identity, id: string, origin: ChangeOrigin): Promise<RestaurantEntity> {
    assertAdmin(identity);
    return this.moveStatus(parseId(id, 'id'), 'approve', null, origin);
  }

  /** Admin: take an active restaurant off the platform, recording why. */
  async suspend(identity: Identity, id: string, reason: string, origin: ChangeOrigin): Promise<RestaurantEntity> {
    assertAdmin(identity);
    return this.moveStatus(parseId(id, 'id'), 'suspend', requiredText(reason, 'reason', 500), origin);
  }

  private async moveStatus(
    id: string,
    action: RestaurantStatusAction,
    reason: string | null,
    origin: ChangeOrigin,
  ): Promise<RestaurantEntity> {
    return this.change(id, origin, (restaurant) => {
      restaurant.status = nextRestaurantStatus(restaurant.status, action);
      restaurant.suspensionReason = reason;
      return true;
    });
  }

  /**
   * Locks the row, lets `apply` check and mutate it, and persists it with its event when
   * `apply` reports a change. A no-op (nothing changed) writes and emits nothing.
   */
  private async change(id: string, origin: ChangeOrigin, apply: (r: RestaurantEntity) => boolean): Promise<RestaurantEntity> {
    return withOutbox(this.dataSource, this.relay, async (manager, emit) => {
      const restaurant = await manager.findOne(RestaurantEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!restaurant) throw new NotFoundError('Restaurant', id);
      if (!apply(restaurant)) return restaurant;
      restaurant.revision += 1;
      restaurant.updatedAt = this.clock();
      await manager.save(RestaurantEntity, restaurant);
      emit(restaurantChanged(restaurant, origin, restaurant.updatedAt));
      return restaurant;
    });
  }
}

function addressColumns(
  address: ValidAddress,
): Pick<RestaurantEntity, 'addressLine1' | 'addressLine2' | 'city' | 'postalCode' | 'lat' | 'lng'> {
  return {
    addressLine1: address.line1,
    addressLine2: address.line2,
    city: address.city,
    postalCode: address.postalCode,
    lat: address.location?.lat ?? null,
    lng: address.location?.lng ?? null,
  };
}
