import { describeSubgraphSchema } from '@foodgraph/testing';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { emitUsersSchema } from '../src';

const SCHEMA_FILE = join(__dirname, '..', 'schema.graphql');

describeSubgraphSchema({ name: 'users', file: SCHEMA_FILE, emit: emitUsersSchema });

describe('the users subgraph entities', () => {
  it('declares User as a federation entity keyed by id', () => {
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toMatch(/type User\s+@key\(fields: "id"\)/);
  });
});
