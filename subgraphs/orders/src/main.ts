import 'reflect-metadata';
import { runSubgraphProcess } from '@foodgraph/platform/process';
import { ordersSubgraph } from './descriptor';

/**
 * The orders subgraph as its own process (PORT, default 4003). The only file of the subgraph
 * that reads `process.env`; see `runSubgraphProcess` for what it opens and how it stops.
 */
runSubgraphProcess(ordersSubgraph, process.env);
