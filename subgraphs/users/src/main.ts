import 'reflect-metadata';
import { runSubgraphProcess } from '@foodgraph/platform/process';
import { usersSubgraph } from './descriptor';

/**
 * The users subgraph as its own process (PORT, default 4001). The only file of the subgraph
 * that reads `process.env`; see `runSubgraphProcess` for what it opens and how it stops.
 */
runSubgraphProcess(usersSubgraph, process.env);
