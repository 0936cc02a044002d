import { Ctx, Mutation, Resolver } from 'type-graphql';
import type { UsersContext } from './context';
import { SigningKeyRotation } from './types/signing-key-rotation.type';

/** foodgraph's own access-token signing keys. */
@Resolver()
export class SigningKeyResolver {
  @Mutation(() => SigningKeyRotation, {
    description:
      'Admin: rotates the access-token signing key now. The next key, already published, starts signing; tokens of the previous key keep working until they expire. CONFLICT when JWT_PRIVATE_KEY fixes the key.',
  })
  async rotateSigningKey(@Ctx() ctx: UsersContext): Promise<SigningKeyRotation> {
    return Object.assign(new SigningKeyRotation(), await ctx.services.signingKeys.rotate(ctx.identity));
  }
}
