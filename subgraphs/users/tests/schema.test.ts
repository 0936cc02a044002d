import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildASTSchema, isEnumType, isInputObjectType, isObjectType, parse } from 'graphql';
import { emitUsersSchema } from '../src';

const checkedIn = readFileSync(join(__dirname, '..', 'schema.graphql'), 'utf8');

describe('users subgraph schema', () => {
  it('matches the checked-in schema.graphql (run `npm run emit-schema -w @foodgraph/users` after changing it)', async () => {
    const emitted = await emitUsersSchema();
    expect(checkedIn.trimEnd()).toBe(emitted.trimEnd());
  });

  it('documents every type, field, argument and enum value', () => {
    const schema = buildASTSchema(parse(checkedIn), { assumeValid: true, assumeValidSDL: true });
    const undocumented: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || ['String', 'Boolean', 'ID', 'Int', 'Float'].includes(type.name)) continue;
      if (['Query', 'Mutation'].includes(type.name)) {
        // Root types are containers; their fields carry the documentation.
      } else if (!type.description) undocumented.push(type.name);
      if (isObjectType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) undocumented.push(`${type.name}.${field.name}`);
          for (const arg of 'args' in field ? field.args : [])
            if (!arg.description) undocumented.push(`${type.name}.${field.name}(${arg.name})`);
        }
      }
      if (isEnumType(type)) for (const value of type.getValues()) if (!value.description) undocumented.push(`${type.name}.${value.name}`);
    }
    expect(undocumented).toEqual([]);
  });

  it('declares User as a federation entity keyed by id', () => {
    expect(checkedIn).toMatch(/type User\s+@key\(fields: "id"\)/);
  });
});
