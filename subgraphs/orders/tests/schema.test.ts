import { describeSubgraphSchema } from '@foodgraph/testing';
import { join } from 'node:path';
import { emitOrdersSchema } from '../src';

describeSubgraphSchema({ name: 'orders', file: join(__dirname, '..', 'schema.graphql'), emit: emitOrdersSchema });
