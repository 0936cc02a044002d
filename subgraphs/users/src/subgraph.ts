import { createBatchLoader } from '@foodgraph/platform/graphql';
import { createSubgraphServer } from '@foodgraph/platform/http';
import { createRateLimitStore } from '@foodgraph/platform/rate-limit';
import { createSubgraphLifecycle, systemClock, type Subgraph, type SubgraphDeps } from '@foodgraph/platform/process';
import { signingKeyRingFromPem, StoredSigningKeys, type SigningKeyRing } from './auth/signing-keys';
import { TokenIssuer } from './auth/token-issuer';
import { readUsersConfig, type UsersConfig } from './config';
import { buildUsersSchema } from './graphql/build-users-schema';
import type { UsersContext } from './graphql/context';
import { jwksRoute } from './http/jwks.route';
import { knownUserRoute } from './http/known-user.route';
import { provisionExternalUserRoute } from './http/provision-external-user.route';
import { ExternalAccountService } from './services/external-accounts.service';
import { resolveApiKeyRoute } from './http/resolve-api-key.route';
import { AccountService } from './services/account.service';
import { AdminConsoleService } from './services/admin-console.service';
import { DEAD_LETTER_CONTRIBUTORS } from './graphql/types/admin-dashboard.type';
import { ApiKeyService } from './services/api-key.service';
import { AuthRateLimits } from './services/auth-rate-limits';
import { bootstrapAdmin } from './services/bootstrap-admin';
import { DirectoryService } from './services/directory.service';
import { SessionService } from './services/session.service';
import { StaffService } from './services/staff.service';
import { SigningKeyService } from './services/signing-key.service';
import { startSigningKeyWorker } from './services/signing-key-rotation.worker';
import { usersConsumers } from './reactions';
import type { UsersServices } from './services/users-services';

/** What `createUsersSubgraph` needs: the common dependencies plus the users settings. */
export interface UsersSubgraphDeps extends SubgraphDeps {
  /** @default the defaults of `readUsersConfig({})` */
  config?: UsersConfig;
}

/** The users subgraph, with the key ring it signs with (tests and the all-in-one start read it). */
export interface UsersSubgraph extends Subgraph {
  readonly signingKeys: SigningKeyRing;
}

/**
 * Builds the users subgraph over injected dependencies: accounts, sessions with rotating
 * refresh tokens, partner API keys, and the JWKS the router verifies access tokens with.
 * The signing key is loaded (or created once) here, so every replica signs with the same key.
 */
export async function createUsersSubgraph(deps: UsersSubgraphDeps): Promise<UsersSubgraph> {
  const config = deps.config ?? readUsersConfig({});
  const clock = deps.clock ?? systemClock;
  const { dataSource, logger } = deps;
  const lifecycle = createSubgraphLifecycle({ name: 'users', dataSource, bus: deps.bus, logger });
  // Tokens live ACCESS_TOKEN_TTL, and the router accepts them up to a minute past it (clock skew).
  const maxTokenLifetimeMs = config.accessTokenTtlMs + 60_000;
  const storedKeys = config.jwtPrivateKeyPem ? undefined : await StoredSigningKeys.open(dataSource, maxTokenLifetimeMs, clock());
  const signingKeys: SigningKeyRing = storedKeys ?? signingKeyRingFromPem(config.jwtPrivateKeyPem!);
  const issuer = new TokenIssuer(signingKeys, config);
  // Counters in Redis when the process has one, so every replica counts the same attempts.
  const rateLimitStore = createRateLimitStore({ redisUrl: deps.redisUrl, namespace: deps.namespace, logger });
  const limits = new AuthRateLimits(rateLimitStore, config.rateLimits);
  const sessions = new SessionService(dataSource, issuer, config.refreshTokenTtlMs, clock, limits);
  const directory = new DirectoryService(dataSource);
  const accounts = new AccountService(dataSource, sessions, lifecycle.outbox, clock, limits);
  const services: UsersServices = {
    sessions,
    directory,
    accounts,
    adminConsole: new AdminConsoleService(dataSource, lifecycle.outbox, clock, ['users', ...DEAD_LETTER_CONTRIBUTORS]),
    apiKeys: new ApiKeyService(dataSource, clock),
    staff: new StaffService(dataSource, accounts, lifecycle.outbox, clock),
    signingKeys: new SigningKeyService(storedKeys, clock),
  };
  const schema = await buildUsersSchema();
  const server = createSubgraphServer<UsersContext>({
    name: 'users',
    schema,
    routerSecret: deps.routerSecret,
    logger,
    createContext: (base) => ({
      ...base,
      services,
      users: createBatchLoader((ids: readonly string[]) => directory.findByIds(ids), null),
      signedInAs: new Set(),
      viewersStaff: new Set(),
    }),
    routes: [
      jwksRoute(signingKeys),
      resolveApiKeyRoute(deps.routerSecret, services.apiKeys, logger),
      knownUserRoute(deps.routerSecret, directory, logger),
      provisionExternalUserRoute(deps.routerSecret, new ExternalAccountService(dataSource, lifecycle.outbox, clock), logger),
    ],
    ready: () => lifecycle.ready(),
  });
  // One consumer (restaurant owners from menu, for kitchen staff) and one worker, which keeps the
  // signing keys in step with the database (and rotates them on schedule).
  const subgraph = lifecycle.assemble({
    schema,
    server,
    consumers: usersConsumers(),
    workers: [
      () =>
        storedKeys
          ? startSigningKeyWorker({
              keys: storedKeys,
              clock,
              logger,
              reloadMs: config.signingKeyReloadMs,
              rotationIntervalMs: config.signingKeyRotationIntervalMs,
            })
          : null,
    ],
  });
  return {
    ...subgraph,
    signingKeys,
    async start(port, host) {
      // Before the relay starts, as always: the admin exists by the time the subgraph answers.
      if (config.bootstrapAdmin) await bootstrapAdmin(dataSource, { ...config.bootstrapAdmin, logger, clock });
      return subgraph.start(port, host);
    },
    async stop() {
      await subgraph.stop();
      await rateLimitStore.close();
    },
  };
}
