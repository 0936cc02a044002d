import {
  buildSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isIntrospectionType,
  isSpecifiedDirective,
  isSpecifiedScalarType,
  type GraphQLSchema,
} from 'graphql';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** Every type, field, argument, input field, enum value and directive argument without a description. */
function undocumented(schema: GraphQLSchema): string[] {
  const missing: string[] = [];
  const need = (what: string, description: string | null | undefined) => {
    if (!description?.trim()) missing.push(what);
  };
  for (const type of Object.values(schema.getTypeMap())) {
    if (isIntrospectionType(type) || isSpecifiedScalarType(type)) continue;
    need(type.name, type.description);
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        need(`${type.name}.${field.name}`, field.description);
        for (const arg of field.args) need(`${type.name}.${field.name}(${arg.name})`, arg.description);
      }
    } else if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) need(`${type.name}.${field.name}`, field.description);
    } else if (isEnumType(type)) {
      for (const value of type.getValues()) need(`${type.name}.${value.name}`, value.description);
    }
  }
  for (const directive of schema.getDirectives()) {
    if (isSpecifiedDirective(directive)) continue;
    need(`@${directive.name}`, directive.description);
    for (const arg of directive.args) need(`@${directive.name}(${arg.name})`, arg.description);
  }
  return missing;
}

describe('the API schema', () => {
  it('documents every type, field, argument, input field and enum value', () => {
    const schema = buildSchema(readFileSync(resolve(__dirname, '../api.graphql'), 'utf8'));
    expect(undocumented(schema)).toEqual([]);
  });

  it('is caught when something is undocumented', () => {
    const schema = buildSchema(`
      "Root." type Query { "Documented." a(x: Int): Color b: String }
      "Colours." enum Color { "Red." RED GREEN }
    `);
    expect(undocumented(schema)).toEqual(['Query.a(x)', 'Query.b', 'Color.GREEN']);
  });
});
