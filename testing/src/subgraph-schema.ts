import { readFileSync, writeFileSync } from 'node:fs';
import {
  buildASTSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  parse,
  type GraphQLField,
  type GraphQLInputField,
} from 'graphql';

const BUILT_IN_SCALARS = ['String', 'Int', 'Float', 'Boolean', 'ID'];
// Root operation types are shared by every subgraph and carry no description of their own.
const ROOT_TYPES = ['Query', 'Mutation', 'Subscription'];

/** Every type, field, argument and enum value of a subgraph's SDL that has no description. */
export function undocumentedIn(sdl: string): string[] {
  // The federation `@link` header names directives this plain parse does not know.
  const own = sdl.replace(/^extend schema[\s\S]*?\)\n/m, '');
  const schema = buildASTSchema(parse(own), { assumeValid: true, assumeValidSDL: true });
  const missing: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__') || BUILT_IN_SCALARS.includes(type.name)) continue;
    if (!type.description && !ROOT_TYPES.includes(type.name)) missing.push(type.name);
    if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
      for (const field of Object.values<GraphQLField<unknown, unknown> | GraphQLInputField>(type.getFields())) {
        if (!field.description) missing.push(`${type.name}.${field.name}`);
        for (const arg of 'args' in field ? field.args : []) if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
      }
    }
    if (isEnumType(type)) for (const value of type.getValues()) if (!value.description) missing.push(`${type.name}.${value.name}`);
  }
  return missing;
}

export interface SubgraphSchemaSpec {
  /** The subgraph's name, as the suite's title says it, e.g. `orders`. */
  name: string;
  /** The checked-in `schema.graphql` of the subgraph. */
  file: string;
  /** Emits the subgraph's SDL from its code, as `npm run compose` does. */
  emit: () => Promise<string>;
}

/**
 * The checks every subgraph's checked-in schema passes: it is what the code emits (so composition
 * and reviews see the real schema) and everything of its own is described. `UPDATE_SCHEMA=1`
 * rewrites the file instead of failing on a difference.
 */
export function describeSubgraphSchema({ name, file, emit }: SubgraphSchemaSpec): void {
  describe(`the ${name} subgraph schema`, () => {
    it('is checked in as emitted (UPDATE_SCHEMA=1 rewrites schema.graphql)', async () => {
      const emitted = `${(await emit()).trimEnd()}\n`;
      if (process.env['UPDATE_SCHEMA'] === '1') writeFileSync(file, emitted);
      expect(readFileSync(file, 'utf8')).toBe(emitted);
    });

    it('describes every type, field, argument and enum value of its own', async () => {
      expect(undocumentedIn(await emit())).toEqual([]);
    });
  });
}
