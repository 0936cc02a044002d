import type { PubSub } from './create-pubsub';

/**
 * A subscription's event stream on `triggers` for a caller that `authorize` accepts. It listens
 * first and checks second, so nothing published while the check reads the database is lost; a
 * refusal (FORBIDDEN, NOT_FOUND…) stops listening and fails the subscription, which ends it.
 * The stream is returned only once the pub/sub confirms it listens (Redis answers SUBSCRIBE).
 */
export async function listenAuthorized<T>(
  pubsub: PubSub,
  triggers: string | readonly string[],
  authorize: () => Promise<unknown>,
): Promise<AsyncIterableIterator<T>> {
  const events = pubsub.asyncIterableIterator<T>(triggers);
  try {
    await authorize();
    await events.ready;
    return events;
  } catch (err) {
    await events.return();
    throw err;
  }
}
