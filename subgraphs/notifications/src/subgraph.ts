import { createSubgraphServer } from '@foodgraph/platform/http';
import { createSubgraphLifecycle, systemClock, type Subgraph, type SubgraphDeps } from '@foodgraph/platform/process';
import { createPubSub } from '@foodgraph/platform/subscriptions';
import type { DeliveryChannel } from './channels/delivery-channel';
import { createEmailChannel } from './channels/email-channel';
import { DEFAULT_NOTIFICATIONS_CONFIG, type NotificationsConfig } from './config';
import { buildNotificationsSchema } from './graphql/build-notifications-schema';
import type { NotificationsContext } from './graphql/context';
import { notificationsConsumers } from './reactions';
import { startChannelSender } from './services/channel-sender.worker';
import { InboxService } from './services/inbox.service';
import type { NotificationsReactionServices, NotificationsServices } from './services/notifications-services';
import { NotifyService } from './services/notify.service';
import { ReadModelsService } from './services/read-models.service';

/** What `createNotificationsSubgraph` needs: the common dependencies plus the notifications settings. */
export interface NotificationsSubgraphDeps extends SubgraphDeps {
  /** @default `DEFAULT_NOTIFICATIONS_CONFIG` (the defaults of `readNotificationsConfig({})`) */
  config?: Partial<NotificationsConfig>;
  /** Channels besides the inbox. @default e-mail over `config.smtpUrl` when set, else none */
  channels?: DeliveryChannel[];
}

/**
 * The notifications subgraph over injected dependencies: a stored inbox per user fed by the
 * other subgraphs' events (`myNotifications`, `markNotificationsRead`), the live
 * `notificationAdded` subscription, and copies over other channels (e-mail when SMTP is set).
 * Between `start()` and `stop()` it runs the outbox relay, the inbox consumer and one sender
 * per channel; any number of replicas may run side by side.
 */
export async function createNotificationsSubgraph(deps: NotificationsSubgraphDeps): Promise<Subgraph> {
  const config: NotificationsConfig = { ...DEFAULT_NOTIFICATIONS_CONFIG, ...deps.config };
  const clock = deps.clock ?? systemClock;
  const { dataSource } = deps;
  const logger = deps.logger.child({ subgraph: 'notifications' });
  // Without a shared pub/sub (a test, a lone replica) the subgraph keeps an in-memory one.
  const ownPubsub = deps.pubsub ? null : createPubSub({ namespace: deps.namespace, logger });
  const pubsub = deps.pubsub ?? ownPubsub!;
  const channels = deps.channels ?? (config.smtpUrl ? [createEmailChannel({ smtpUrl: config.smtpUrl, from: config.smtpFrom })] : []);
  const lifecycle = createSubgraphLifecycle({
    name: 'notifications',
    dataSource,
    bus: deps.bus,
    logger,
    outboxPollMs: config.outboxPollMs,
  });

  const services: NotificationsServices = { inbox: new InboxService(dataSource, clock), dataSource };
  const reactionServices: NotificationsReactionServices = {
    readModels: new ReadModelsService(),
    notify: new NotifyService(pubsub, clock, channels),
  };

  const schema = await buildNotificationsSchema();
  const server = createSubgraphServer<NotificationsContext>({
    name: 'notifications',
    schema,
    routerSecret: deps.routerSecret,
    logger,
    createContext: (base) => ({ ...base, services, pubsub }),
    ready: lifecycle.ready,
    subscriptions: true,
  });

  return lifecycle.assemble({
    schema,
    server,
    consumers: notificationsConsumers(reactionServices),
    workers: channels.map(
      (channel) => () =>
        startChannelSender({
          dataSource,
          channel,
          clock,
          logger,
          intervalMs: config.emailPollMs,
          maxAttempts: config.emailMaxAttempts,
        }),
    ),
    release: async () => {
      await Promise.all(channels.map((channel) => channel.close()));
      await ownPubsub?.close();
    },
  });
}
