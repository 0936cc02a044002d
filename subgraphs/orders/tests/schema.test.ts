import { buildASTSchema, isEnumType, isInputObjectType, isInterfaceType, isObjectType, parse } from 'graphql';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { emitOrdersSchema } from '../src';

const SCHEMA_FILE = join(__dirname, '..', 'schema.graphql');

describe('the orders subgraph schema', () => {
  it('is checked in as emitted (UPDATE_SCHEMA=1 rewrites schema.graphql)', async () => {
    const emitted = `${(await emitOrdersSchema()).trimEnd()}\n`;
    if (process.env['UPDATE_SCHEMA'] === '1') writeFileSync(SCHEMA_FILE, emitted);
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(emitted);
  });

  it('describes every type, field, argument and enum value of its own', async () => {
    const sdl = await emitOrdersSchema();
    const schema = buildASTSchema(parse(sdl.replace(/^extend schema[\s\S]*?\)\n/m, '')), { assumeValid: true, assumeValidSDL: true });
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name)) continue;
      // Root operation types are shared by every subgraph and carry no description of their own.
      if (!type.description && !['Query', 'Mutation', 'Subscription'].includes(type.name)) missing.push(type.name);
      if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
          for (const arg of 'args' in field ? field.args : [])
            if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
        }
      }
      if (isEnumType(type)) for (const value of type.getValues()) if (!value.description) missing.push(`${type.name}.${value.name}`);
    }
    expect(missing).toEqual([]);
  });
});
