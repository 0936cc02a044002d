/**
 * Whatever a test file started and has not stopped yet (graphql-ws's tests keep the same
 * `leftovers` list). Every start function of the kit registers its stop here, and the jest setup
 * `testing/jest/dispose-leftovers.ts` stops what is left after each test file, so a test that
 * forgets `stop()` or fails before its `afterAll` still leaves no server, database or stream.
 */
const leftovers = new Set<() => Promise<void>>();

/**
 * Registers `stop` as a leftover and returns it made idempotent: the first call stops and
 * unregisters, later calls get the same promise.
 */
export function disposable(stop: () => Promise<void>): () => Promise<void> {
  let stopping: Promise<void> | undefined;
  const once = (): Promise<void> => {
    leftovers.delete(once);
    stopping ??= stop();
    return stopping;
  };
  leftovers.add(once);
  return once;
}

/** Stops every leftover, newest first (a replica before the supergraph it joined). */
export async function disposeLeftovers(): Promise<void> {
  for (const stop of [...leftovers].reverse()) {
    await stop().catch(() => undefined);
  }
}

/** How many leftovers are registered now (for the kit's own tests). */
export function leftoverCount(): number {
  return leftovers.size;
}
