import { describeSubgraphSchema } from '@foodgraph/testing';
import { join } from 'node:path';
import { emitDeliverySchema } from '../src';

describeSubgraphSchema({ name: 'delivery', file: join(__dirname, '..', 'schema.graphql'), emit: emitDeliverySchema });
