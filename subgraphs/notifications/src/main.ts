import 'reflect-metadata';
import { runSubgraphProcess } from '@foodgraph/platform/process';
import { notificationsSubgraph } from './descriptor';

/**
 * The notifications subgraph as its own process (PORT, default 4006). The only file of the
 * subgraph that reads `process.env`; see `runSubgraphProcess` for what it opens and how it stops.
 */
runSubgraphProcess(notificationsSubgraph, process.env);
