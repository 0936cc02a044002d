import { HeaderMap, type ApolloServerPlugin, type GraphQLRequestListener } from '@apollo/server';
import { BadUserInputError } from '@foodgraph/platform/errors';
import {
  getNamedType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isInterfaceType,
  isInputType,
  Kind,
  typeFromAST,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';
import type { RouterContext } from '../context';

/**
 * Text PostgreSQL cannot store: a NUL character (refused in `text` and `jsonb`) or a UTF-16
 * surrogate that is not half of a pair (not a Unicode scalar value, so not valid UTF-8).
 */
const UNSAFE_TEXT = /\0|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Why a string was refused, for the client's message. */
function unsafeTextReason(text: string): string | undefined {
  const found = UNSAFE_TEXT.exec(text);
  if (!found) return undefined;
  return found[0] === '\0' ? 'contains a NUL character (\\u0000)' : 'contains a lone UTF-16 surrogate (not valid Unicode)';
}

/** The first unsafe text in a refused input: its argument path and why. */
export interface UnsafeInput {
  /** The argument path, as the contract names fields: `input.name`, `lines[0].notes`. */
  readonly field: string;
  readonly reason: string;
}

/** An argument fed by a variable: checked against each request's values. */
interface VariableSite {
  readonly variable: string;
  readonly type: GraphQLInputType;
  readonly path: string;
}

/** What one operation's text says about its arguments; kept per parsed operation. */
interface OperationSites {
  /** Unsafe text written into the query itself: the verdict never changes. */
  readonly literal: UnsafeInput | undefined;
  readonly variables: readonly VariableSite[];
}

/** Any string anywhere in a scalar's value (custom JSON-like scalars carry objects and lists). */
function scanAny(value: unknown, path: string): UnsafeInput | undefined {
  if (typeof value === 'string') {
    const reason = unsafeTextReason(value);
    return reason ? { field: path, reason } : undefined;
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = scanAny(value[i], `${path}[${i}]`);
      if (found) return found;
    }
    return undefined;
  }
  if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const keyReason = unsafeTextReason(key);
      if (keyReason) return { field: path, reason: `has a key that ${keyReason}` };
      const found = scanAny(item, `${path}.${key}`);
      if (found) return found;
    }
  }
  return undefined;
}

/** A variable's value, following the argument's type so the path names input fields and list items. */
function scanValue(value: unknown, type: GraphQLInputType, path: string): UnsafeInput | undefined {
  if (value === null || value === undefined) return undefined;
  const nullable = isNonNullType(type) ? type.ofType : type;
  if (isListType(nullable)) {
    // A single value where a list is expected is coerced to a one-item list: check it as the item.
    if (!Array.isArray(value)) return scanValue(value, nullable.ofType, path);
    for (let i = 0; i < value.length; i++) {
      const found = scanValue(value[i], nullable.ofType, `${path}[${i}]`);
      if (found) return found;
    }
    return undefined;
  }
  if (isInputObjectType(nullable) && typeof value === 'object' && !Array.isArray(value)) {
    const fields = nullable.getFields();
    for (const [name, item] of Object.entries(value as Record<string, unknown>)) {
      const field = fields[name];
      // An unknown field fails variable coercion later (BAD_USER_INPUT); its text still must not pass.
      const found = field ? scanValue(item, field.type, `${path}.${name}`) : scanAny(item, `${path}.${name}`);
      if (found) return found;
    }
    return undefined;
  }
  // Scalars and enums, or a value of the wrong shape that coercion will refuse: any text in it.
  return scanAny(value, path);
}

/**
 * Walks the operation's arguments (its own selections and every fragment it spreads, each once),
 * checking literal text now and noting where variables feed arguments. Fields the schema does
 * not know cannot be here: the operation was validated.
 */
function collectSites(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode): OperationSites {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const visited = new Set<string>();
  const variables: VariableSite[] = [];
  let literal: UnsafeInput | undefined;

  function value(node: ValueNode, type: GraphQLInputType, path: string): void {
    if (literal) return;
    if (node.kind === Kind.VARIABLE) {
      variables.push({ variable: node.name.value, type, path });
      return;
    }
    const nullable = isNonNullType(type) ? type.ofType : type;
    if (isListType(nullable)) {
      if (node.kind !== Kind.LIST) return value(node, nullable.ofType, path);
      node.values.forEach((item, i) => value(item, nullable.ofType, `${path}[${i}]`));
      return;
    }
    if (node.kind === Kind.OBJECT) {
      const fields = isInputObjectType(nullable) ? nullable.getFields() : {};
      for (const field of node.fields) {
        const name = field.name.value;
        const definition = fields[name];
        // Inside a custom scalar's object literal every field is just more text to check.
        value(field.value, definition ? definition.type : nullable, `${path}.${name}`);
      }
      return;
    }
    if (node.kind === Kind.LIST) {
      node.values.forEach((item, i) => value(item, nullable, `${path}[${i}]`));
      return;
    }
    if (node.kind === Kind.STRING) {
      const reason = unsafeTextReason(node.value);
      if (reason) literal = { field: path, reason };
    }
  }

  function selections(set: SelectionSetNode, parent: GraphQLNamedType | undefined): void {
    for (const selection of set.selections) {
      if (literal) return;
      if (selection.kind === Kind.FIELD) {
        const definition = isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[selection.name.value] : undefined;
        // Introspection and __typename are not in getFields(); their few arguments are not stored anywhere.
        if (!definition) continue;
        for (const argument of selection.arguments ?? []) {
          const arg = definition.args.find((a) => a.name === argument.name.value);
          if (arg) value(argument.value, arg.type, argument.name.value);
        }
        if (selection.selectionSet) selections(selection.selectionSet, getNamedType(definition.type));
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
        selections(selection.selectionSet, type);
      } else {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        if (!fragment || visited.has(name)) continue;
        visited.add(name);
        selections(fragment.selectionSet, schema.getType(fragment.typeCondition.name.value));
      }
    }
  }

  selections(operation.selectionSet, schema.getRootType(operation.operation) ?? undefined);
  // A variable's default value is text of the operation too, and reaches an argument when the
  // variable is not given.
  for (const definition of operation.variableDefinitions ?? []) {
    const type = typeFromAST(schema, definition.type);
    if (definition.defaultValue && type && isInputType(type)) value(definition.defaultValue, type, definition.variable.name.value);
  }
  return { literal, variables };
}

/**
 * Finds text no subgraph can store in an operation's arguments. Sites are kept per operation
 * node (a WeakMap, gone with the parsed document, which Apollo and the subscription planner
 * reuse for a text they have seen), so a repeated operation only scans its variables' values.
 */
export class InputHygiene {
  private readonly sites = new WeakMap<OperationDefinitionNode, OperationSites>();

  /** The first unsafe text in `operation`'s literal arguments or in the values its variables feed. */
  check(
    schema: GraphQLSchema,
    document: DocumentNode,
    operation: OperationDefinitionNode,
    variables: Readonly<Record<string, unknown>> | null | undefined,
  ): UnsafeInput | undefined {
    let sites = this.sites.get(operation);
    if (!sites) {
      sites = collectSites(schema, document, operation);
      this.sites.set(operation, sites);
    }
    if (sites.literal) return sites.literal;
    for (const site of sites.variables) {
      const found = scanValue(variables?.[site.variable], site.type, site.path);
      if (found) return found;
    }
    return undefined;
  }
}

/** The client's answer: BAD_USER_INPUT naming the argument path, HTTP 400. */
export function unsafeInputError(unsafe: UnsafeInput, { http = false } = {}): BadUserInputError {
  const error = new BadUserInputError(unsafe.field, `${unsafe.field} ${unsafe.reason}`);
  // Apollo reads the status from `extensions.http` and strips it before the client sees it.
  if (http) Object.assign(error.extensions, { http: { status: 400, headers: new HeaderMap() } });
  return error;
}

/**
 * Refuses text PostgreSQL cannot store (NUL, lone surrogates) anywhere in an operation's
 * arguments, literals and variables alike, before anything is planned: BAD_USER_INPUT with
 * `extensions.field` naming the argument path. Without it, such text reaches a subgraph's
 * database and comes back as INTERNAL_SERVER_ERROR.
 *
 * Why only here: the router is the boundary. Subgraphs refuse every call that the router has
 * not signed, so no client input reaches a subgraph without passing this check; checking again
 * in every subgraph's every service would be the same rule five times over.
 */
export function useInputHygiene(hygiene = new InputHygiene()): ApolloServerPlugin<RouterContext> {
  const listener: GraphQLRequestListener<RouterContext> = {
    async didResolveOperation({ schema, document, operation, request }) {
      // No operation by that name: Apollo refuses the request itself when it tries to run it.
      if (!operation) return;
      const unsafe = hygiene.check(schema, document, operation, request.variables);
      if (unsafe) throw unsafeInputError(unsafe, { http: true });
    },
  };
  return {
    async requestDidStart() {
      return listener;
    },
  };
}
