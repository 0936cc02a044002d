import { originOfRequest } from '@foodgraph/platform/messaging';
import { Arg, Args, Ctx, Mutation, Resolver } from 'type-graphql';
import type { AuthResult } from '../services/auth-result';
import { AuthPayload } from './types/auth-payload.type';
import { LoginArgs } from './types/login.args';
import { RegisterInput } from './types/register.input';
import type { UsersContext } from './context';

/** The caller is now this user for the rest of the request (see `signedInAs`). */
function rememberSignedIn(ctx: UsersContext, result: AuthResult): AuthResult {
  ctx.signedInAs.add(result.user.id);
  return result;
}

/** Signing up, in and out. Open to anonymous callers: the credentials are the arguments. */
@Resolver()
export class AuthResolver {
  @Mutation(() => AuthPayload, { description: 'Creates a customer account and signs it in.' })
  async register(
    @Arg('input', () => RegisterInput, { description: 'The new account.' }) input: RegisterInput,
    @Ctx() ctx: UsersContext,
  ): Promise<AuthResult> {
    return rememberSignedIn(ctx, await ctx.services.accounts.register(input, originOfRequest(ctx), ctx.clientAddress));
  }

  @Mutation(() => AuthPayload, {
    description: 'Signs in with email and password. Any mismatch answers UNAUTHENTICATED with the same message.',
  })
  async login(@Args(() => LoginArgs) { email, password }: LoginArgs, @Ctx() ctx: UsersContext): Promise<AuthResult> {
    return rememberSignedIn(ctx, await ctx.services.sessions.login(email, password, ctx.clientAddress));
  }

  @Mutation(() => AuthPayload, {
    description:
      'Exchanges a refresh token for a new pair. Each refresh token works once; presenting a used one again ends the whole session.',
  })
  async refreshSession(
    @Arg('refreshToken', { description: 'The latest refresh token of the session.' }) refreshToken: string,
    @Ctx() ctx: UsersContext,
  ): Promise<AuthResult> {
    return rememberSignedIn(ctx, await ctx.services.sessions.refresh(refreshToken));
  }

  @Mutation(() => Boolean, {
    description:
      'Ends the session the refresh token belongs to. True when it did (or was already over), false for an unknown token. Access tokens already issued stay valid until they expire.',
  })
  async logout(
    @Arg('refreshToken', { description: 'Any refresh token of the session to end.' }) refreshToken: string,
    @Ctx() ctx: UsersContext,
  ): Promise<boolean> {
    return ctx.services.sessions.logout(refreshToken);
  }

  @Mutation(() => AuthPayload, {
    description:
      'Kiosk: a short (15 min) session for the customer with this CPF, limited to placing, paying and following the orders placed in it (no profile, history or reviews); its refresh token cannot extend it. Unknown document → NOT_FOUND, not a CPF → BAD_USER_INPUT on document; rate limited per address.',
  })
  async identifyCustomer(
    @Arg('document', { description: "The customer's CPF, punctuated or not." }) document: string,
    @Ctx() ctx: UsersContext,
  ): Promise<AuthResult> {
    // Not remembered as signed in (unlike login): the kiosk must not see the customer's contact
    // details or document in the payload, only who it is (id and name).
    return ctx.services.sessions.identifyCustomer(document, ctx.clientAddress);
  }

  @Mutation(() => AuthPayload, { description: 'Starts an anonymous customer session (a guest with no email and no password).' })
  async startGuestSession(
    @Arg('name', () => String, { nullable: true, description: 'What to call the guest; "Guest" when omitted.' })
    name: string | null | undefined,
    @Ctx() ctx: UsersContext,
  ): Promise<AuthResult> {
    return rememberSignedIn(ctx, await ctx.services.accounts.startGuest(name, originOfRequest(ctx), ctx.clientAddress));
  }
}
