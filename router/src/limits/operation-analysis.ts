import {
  getNamedType,
  getNullableType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLOutputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';

/** What the request limits are checked against, for one operation with fragments expanded. */
export interface OperationMetrics {
  /** Fields on the longest path from the root, leaves included (`{ a { b } }` is 2). */
  depth: number;
  aliases: number;
  /** Fields of the root selection set. */
  rootFields: number;
  directives: number;
  /** Estimated cost; see `analyzeOperation`. */
  cost: number;
  /** True when a list size came from the request's variables: the cost holds for those values only. */
  sizedByVariables: boolean;
}

/** Arguments that bound the length of the list a field returns (or of its connection's `edges`/`nodes`). */
export const LIST_SIZE_ARGUMENTS: ReadonlySet<string> = new Set(['first', 'last', 'limit', 'pageSize', 'take']);

interface Totals {
  depth: number;
  aliases: number;
  directives: number;
  cost: number;
  /** Fields this selection puts into its parent's selection set (1 for a field, n for a fragment). */
  fields: number;
}

const NONE: Totals = { depth: 0, aliases: 0, directives: 0, cost: 0, fields: 0 };

/** Introspection is answered from the router's in-memory schema, never from a subgraph. */
const INTROSPECTION_ROOTS = new Set(['__schema', '__type']);

/**
 * One pass over an operation. Fragment spreads are expanded (each spread counts, as it does in
 * the response) but each fragment is walked once per (list size it inherits, counted or not)
 * thanks to a memo, so a document spreading fragments into fragments cannot make the walk
 * exponential; a spread of a fragment already being walked (a cycle, which validation refuses
 * anyway) counts as nothing.
 */
class Walker {
  sizedByVariables = false;
  private readonly memo = new Map<string, Totals>();
  private readonly walking = new Set<string>();

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly fragments: ReadonlyMap<string, FragmentDefinitionNode>,
    private readonly variables: Readonly<Record<string, unknown>>,
    private readonly variableDefaults: ReadonlyMap<string, ValueNode>,
    private readonly defaultListSize: number,
  ) {}

  /**
   * `inherited` is the size given to a connection field (`orders(first: 5)`), which applies to
   * the lists directly under it (`edges`, `nodes`). `counted` is false inside introspection,
   * whose depth and cost are bounded by the schema; its aliases and directives still count.
   */
  selectionSet(set: SelectionSetNode, type: GraphQLNamedType | undefined, inherited: number | undefined, counted: boolean): Totals {
    const totals = { ...NONE };
    for (const selection of set.selections) {
      const part = this.selection(selection, type, inherited, counted);
      totals.depth = Math.max(totals.depth, part.depth);
      totals.aliases += part.aliases;
      totals.directives += part.directives + (selection.directives?.length ?? 0);
      totals.cost += part.cost;
      totals.fields += part.fields;
    }
    return totals;
  }

  private selection(selection: SelectionNode, type: GraphQLNamedType | undefined, inherited: number | undefined, counted: boolean): Totals {
    switch (selection.kind) {
      case Kind.FIELD:
        return this.field(selection, type, inherited, counted);
      case Kind.INLINE_FRAGMENT: {
        const on = selection.typeCondition ? this.schema.getType(selection.typeCondition.name.value) : type;
        return this.selectionSet(selection.selectionSet, on ?? undefined, inherited, counted);
      }
      case Kind.FRAGMENT_SPREAD:
        return this.spread(selection.name.value, inherited, counted);
    }
  }

  private spread(name: string, inherited: number | undefined, counted: boolean): Totals {
    const fragment = this.fragments.get(name);
    if (!fragment || this.walking.has(name)) return NONE;
    const key = `${name}:${inherited ?? ''}:${counted ? 1 : 0}`;
    const known = this.memo.get(key);
    if (known) return known;
    this.walking.add(name);
    const on = this.schema.getType(fragment.typeCondition.name.value) ?? undefined;
    const inner = this.selectionSet(fragment.selectionSet, on, inherited, counted);
    this.walking.delete(name);
    const totals = { ...inner, directives: inner.directives + (fragment.directives?.length ?? 0) };
    this.memo.set(key, totals);
    return totals;
  }

  private field(node: FieldNode, parent: GraphQLNamedType | undefined, inherited: number | undefined, counted: boolean): Totals {
    const aliases = node.alias ? 1 : 0;
    if (!node.selectionSet) return { depth: counted ? 1 : 0, aliases, directives: 0, cost: 0, fields: 1 };
    if (INTROSPECTION_ROOTS.has(node.name.value)) {
      const inner = this.selectionSet(node.selectionSet, undefined, undefined, false);
      return { depth: counted ? 1 : 0, aliases: aliases + inner.aliases, directives: inner.directives, cost: 0, fields: 1 };
    }
    const definition = parent && (isObjectType(parent) || isInterfaceType(parent)) ? parent.getFields()[node.name.value] : undefined;
    const lists = listDepth(definition?.type);
    const given = definition ? this.sizeArgument(node, definition) : undefined;
    // The outer list is as long as the field says (or its connection said); lists in lists are guessed.
    const multiplier = lists === 0 ? 1 : (given ?? inherited ?? this.defaultListSize) * this.defaultListSize ** (lists - 1);
    const inner = this.selectionSet(
      node.selectionSet,
      definition && getNamedType(definition.type),
      lists === 0 ? given : undefined,
      counted,
    );
    return {
      depth: counted ? 1 + inner.depth : 0,
      aliases: aliases + inner.aliases,
      directives: inner.directives,
      cost: counted ? multiplier * (1 + inner.cost) : 0,
      fields: 1,
    };
  }

  /** The largest size argument of the field: given, from a variable, or the argument's default. */
  private sizeArgument(node: FieldNode, definition: GraphQLField<unknown, unknown>): number | undefined {
    let size: number | undefined;
    for (const arg of definition.args) {
      if (!LIST_SIZE_ARGUMENTS.has(arg.name)) continue;
      const given = node.arguments?.find((a) => a.name.value === arg.name)?.value;
      const value = given === undefined ? arg.defaultValue : this.valueOf(given, arg.defaultValue);
      if (typeof value === 'number' && Number.isInteger(value) && value >= 0) size = Math.max(size ?? 0, value);
    }
    return size;
  }

  private valueOf(node: ValueNode, argumentDefault: unknown): unknown {
    if (node.kind === Kind.INT) return Number(node.value);
    if (node.kind !== Kind.VARIABLE) return undefined;
    const name = node.name.value;
    this.sizedByVariables = true;
    if (this.variables[name] !== undefined) return this.variables[name];
    const fallback = this.variableDefaults.get(name);
    return fallback ? this.valueOf(fallback, argumentDefault) : argumentDefault;
  }
}

/** How many lists a field's type nests (`[[T!]!]` is 2). */
function listDepth(type: GraphQLOutputType | undefined): number {
  let depth = 0;
  for (let t = type && getNullableType(type); t && isListType(t); t = getNullableType(t.ofType)) depth++;
  return depth;
}

/**
 * Measures one (validated) operation of `document` against `schema`.
 *
 * Cost model: a field that returns objects costs 1 per object it returns, plus what is selected
 * inside each of them; a leaf (scalar or enum, or a list of them) costs nothing, because it
 * travels in the same fetch as its parent. A field returning a list is assumed to return as
 * many items as its size argument says (`first`/`last`/`limit`/`pageSize`/`take`, the largest
 * if several; given, from a variable, or the argument's schema default), else as many as a
 * size argument of the connection field above it says (`orders(first: 5) { edges { … } }`),
 * else `defaultListSize`. So the cost approximates the number of objects the router has to
 * fetch and merge, and grows multiplicatively with nested lists — which is what makes a query
 * expensive — while a wide query of scalars stays cheap (`maxRootFields`, `maxTokens` bound
 * those). Introspection (`__schema`, `__type`) adds neither depth below itself nor cost: it is
 * answered from the router's schema, and is off in production.
 * `@skip`/`@include` are ignored: every selection is assumed to run.
 */
export function analyzeOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Readonly<Record<string, unknown>>,
  defaultListSize: number,
): OperationMetrics {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const variableDefaults = new Map<string, ValueNode>();
  for (const v of operation.variableDefinitions ?? []) if (v.defaultValue) variableDefaults.set(v.variable.name.value, v.defaultValue);
  const walker = new Walker(schema, fragments, variables, variableDefaults, defaultListSize);
  const totals = walker.selectionSet(operation.selectionSet, schema.getRootType(operation.operation) ?? undefined, undefined, true);
  return {
    depth: totals.depth,
    aliases: totals.aliases,
    rootFields: totals.fields,
    directives:
      totals.directives +
      (operation.directives?.length ?? 0) +
      (operation.variableDefinitions ?? []).reduce((n, v) => n + (v.directives?.length ?? 0), 0),
    cost: totals.cost,
    sizedByVariables: walker.sizedByVariables,
  };
}
