import 'reflect-metadata';
import { runSubgraphProcess } from '@foodgraph/platform/process';
import { menuSubgraph } from './descriptor';

/**
 * The menu subgraph as its own process (PORT, default 4002). The only file of the subgraph
 * that reads `process.env`; see `runSubgraphProcess` for what it opens and how it stops.
 */
runSubgraphProcess(menuSubgraph, process.env);
