export { startStack, type Stack, type StackOptions, type RunningSubgraph } from './start-stack';
export { SUBGRAPH_MODULES, type SubgraphModule } from './subgraph-modules';
export { postGraphQL, errorCodes, type GraphQLResult, type RequestOptions } from './graphql-client';
export { seedDemoData, DEMO_LOGINS, type SeedResult } from './seed-demo';
export { type SeedOptions } from './seed-demo';
export { startDemoAutopilot, type DemoAutopilot, type DemoAutopilotOptions } from './demo-autopilot';
