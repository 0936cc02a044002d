import type { Env } from '../config';
import type { OpenDatabaseOptions } from '../db/open-database';
import type { Subgraph, SubgraphDeps } from '../subgraph-runtime';

/**
 * Everything a process needs to know about one subgraph, exported by the subgraph's package
 * (`src/index.ts`): its own `main.ts`, the all-in-one stack, the test kit and the schema
 * emitter all start it from this, so adding a subgraph means adding one descriptor.
 */
export interface SubgraphDescriptor<Config extends { port: number; host: string } = { port: number; host: string }> {
  /** Subgraph name: logs, database `<namespace>_<name>`, service list of the router. */
  readonly name: string;
  /** The port it listens on when run alone or in `npm start` (`PORT` overrides it alone). */
  readonly defaultPort: number;
  readonly entities: OpenDatabaseOptions['entities'];
  readonly migrations: OpenDatabaseOptions['migrations'];
  /** Reads and validates the subgraph's own settings (throws ConfigError naming the variable). */
  readConfig(env: Env): Config;
  create(deps: SubgraphDeps, config: Config): Promise<Subgraph>;
  /** Whether it serves subscriptions and so needs pub/sub (Redis when REDIS_URL is set). @default false */
  readonly pubsub?: boolean;
  /** Its SDL, built without a database or bus (for `schema.graphql`). */
  emitSchema(): Promise<string>;
}
