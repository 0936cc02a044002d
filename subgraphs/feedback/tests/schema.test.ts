import { describeSubgraphSchema } from '@foodgraph/testing';
import { join } from 'node:path';
import { emitFeedbackSchema } from '../src';

describeSubgraphSchema({ name: 'feedback', file: join(__dirname, '..', 'schema.graphql'), emit: emitFeedbackSchema });
