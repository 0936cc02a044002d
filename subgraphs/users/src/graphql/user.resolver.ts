import { originOfRequest } from '@foodgraph/platform/messaging';
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { UserEntity } from '../entities/user.entity';
import { viewerOfOwnProfile } from '../services/access';
import { CreateStaffInput } from './types/create-staff.input';
import { User } from './types/user.type';
import { UsersArgs } from './types/users.args';
import type { UsersContext } from './context';

/** Who am I, the admin's user list and staff accounts; hides contact details from others. */
@Resolver(() => User)
export class UserResolver {
  @Query(() => User, { nullable: true, description: 'The signed-in user; null when signed out, FORBIDDEN for a kiosk session.' })
  async me(@Ctx() ctx: UsersContext): Promise<UserEntity | null> {
    const userId = viewerOfOwnProfile(ctx.identity);
    return userId === null ? null : ctx.users.load(userId);
  }

  @Query(() => [User], { description: 'Every user, oldest first, optionally of one role. Admin only.' })
  async users(@Args(() => UsersArgs) { role, first, after }: UsersArgs, @Ctx() ctx: UsersContext): Promise<UserEntity[]> {
    // An explicit `first: null` means "the default", like leaving it out.
    return ctx.services.directory.list(ctx.identity, { role: role ?? null, first: first ?? 20, after: after ?? null });
  }

  @Mutation(() => User, {
    description:
      'Creates an account in any role but STAFF (partner, courier, admin, customer). Admin only; STAFF → BAD_USER_INPUT (owners add kitchen staff).',
  })
  async createStaffAccount(
    @Arg('input', () => CreateStaffInput, { description: 'The new account.' }) input: CreateStaffInput,
    @Ctx() ctx: UsersContext,
  ): Promise<UserEntity> {
    return ctx.services.accounts.createStaff(ctx.identity, input, originOfRequest(ctx));
  }

  @Mutation(() => User, {
    description:
      'Disables or enables an account. Admin only, not on their own account. A disabled user cannot sign in (FORBIDDEN) or refresh, their open sessions end, and their access tokens and live subscriptions stop within a minute. Idempotent.',
  })
  async setUserDisabled(
    @Arg('userId', () => ID, { description: 'The account to disable or enable.' }) userId: string,
    @Arg('disabled', { description: 'true to disable, false to enable again.' }) disabled: boolean,
    @Ctx() ctx: UsersContext,
  ): Promise<UserEntity> {
    return ctx.services.accounts.setDisabled(ctx.identity, userId, disabled);
  }

  @FieldResolver(() => Boolean, {
    description: 'Whether an admin has disabled the account. Visible to the user themself and to admins only.',
  })
  disabled(@Root() user: UserEntity, @Ctx() ctx: UsersContext): boolean {
    return ctx.services.directory.disabledStateOf(ctx.identity, user, ctx.signedInAs);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Email address; visible to the user themself and to admins only, null otherwise and for guests.',
  })
  email(@Root() user: UserEntity, @Ctx() ctx: UsersContext): string | null {
    return ctx.services.directory.contactDetailsOf(ctx.identity, user, ctx.signedInAs, ctx.viewersStaff).email;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'National document (a CPF, its 11 digits); visible to the user themself and to admins only, null otherwise.',
  })
  document(@Root() user: UserEntity, @Ctx() ctx: UsersContext): string | null {
    return ctx.services.directory.documentOf(ctx.identity, user, ctx.signedInAs);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Phone number; visible to the user themself and to admins only, null otherwise.',
  })
  phone(@Root() user: UserEntity, @Ctx() ctx: UsersContext): string | null {
    return ctx.services.directory.contactDetailsOf(ctx.identity, user, ctx.signedInAs, ctx.viewersStaff).phone;
  }
}
