import 'reflect-metadata';
import { runSubgraphProcess } from '@foodgraph/platform/process';
import { feedbackSubgraph } from './descriptor';

/**
 * The feedback subgraph as its own process (PORT, default 4005). The only file of the subgraph
 * that reads `process.env`; see `runSubgraphProcess` for what it opens and how it stops.
 */
runSubgraphProcess(feedbackSubgraph, process.env);
