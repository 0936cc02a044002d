import { describeSubgraphSchema } from '@foodgraph/testing';
import { join } from 'node:path';
import { emitNotificationsSchema } from '../src';

describeSubgraphSchema({ name: 'notifications', file: join(__dirname, '..', 'schema.graphql'), emit: emitNotificationsSchema });
