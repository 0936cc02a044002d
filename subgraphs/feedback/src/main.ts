import 'reflect-metadata';
import { runSubgraphProcess } from '@foodgraph/platform';
import { readFeedbackConfig } from './config';
import { feedbackMigrations } from './db/migrations';
import { feedbackEntities } from './entities';
import { createFeedbackSubgraph } from './subgraph';

/**
 * The feedback subgraph as its own process (PORT, default 4005). The only file of the subgraph
 * that reads `process.env`; see `runSubgraphProcess` for what it opens and how it stops.
 */
runSubgraphProcess(
  {
    name: 'feedback',
    entities: feedbackEntities,
    migrations: feedbackMigrations,
    readConfig: readFeedbackConfig,
    create: (deps, config) => createFeedbackSubgraph({ ...deps, config }),
  },
  process.env,
);
