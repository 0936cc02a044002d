import 'reflect-metadata';
import { runSubgraphProcess } from '@foodgraph/platform/process';
import { deliverySubgraph } from './descriptor';

/**
 * The delivery subgraph as its own process (PORT, default 4004). The only file of the subgraph
 * that reads `process.env`; see `runSubgraphProcess` for what it opens and how it stops.
 */
runSubgraphProcess(deliverySubgraph, process.env);
