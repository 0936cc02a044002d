/*
 * Mirrors `computeResponse` of @apollo/gateway 2.14.x (`@apollo/gateway/dist/resultShaping.js`) with its
 * `applySelectionSet`, `updateOutputValue`, `shouldSkip`, `typeConditionApplies` and
 * `pathLastElementDescription`. `tests/unit/response-shape.test.ts` runs both on the same inputs.
 * One deliberate difference: a malformed subgraph answer (a list where an object belongs…) is
 * quoted as JSON in the thrown message, where upstream interpolates it (`[object Object]`);
 * the router masks these uncoded errors for clients, so only its logs read them.
 */
import {
  ERRORS,
  isCompositeType,
  isListType,
  isNonNullType,
  isObjectType,
  isSubtype,
  Variable,
  type CompositeType,
  type NamedType,
  type Operation,
  type OutputType,
  type Schema,
  type SelectionSet,
} from '@apollo/federation-internals';
import type { GraphQLError } from 'graphql';
import { leafValidator, type LeafValidator } from './leaf-validator';

/**
 * The gateway's last step — `computeResponse`: from the merged subgraph answers, keep exactly
 * what the client selected, in its order, under its aliases, check leaf values, resolve
 * `__typename`, and null out (bubbling up to the nearest nullable parent) whatever a non-null
 * field is missing — compiled once per operation instead of re-walking federation-internals'
 * selection objects (getters over getters) for every value of every request.
 *
 * It follows the gateway's algorithm step for step, including its error messages, so that the
 * answer is the same: `router/tests/unit/response-shape.test.ts` runs upstream `computeResponse` and
 * `shapeResponse` on the same inputs, and `router/tests/operation-executor.test.ts` and
 * `router/tests/operations-parity.test.ts` compare whole answers with stock @apollo/gateway.
 */

/** `@skip`/`@include` of one selection: a constant or a variable's value. */
interface Condition {
  readonly skip: boolean | string | undefined;
  readonly include: boolean | string | undefined;
}

type ValueShape =
  | { readonly kind: 'nonNull'; readonly of: ValueShape; readonly ofType: string }
  | { readonly kind: 'list'; readonly of: ValueShape; readonly type: string }
  | { readonly kind: 'composite'; readonly type: CompositeType; readonly selections: ShapeSelection[] }
  | { readonly kind: 'leaf'; readonly type: string; readonly valid: LeafValidator };

interface FieldShape {
  readonly kind: 'field';
  readonly condition: Condition | undefined;
  readonly responseName: string;
  readonly isTypename: boolean;
  /** The field has a selection set (so a value already merged still needs shaping). */
  readonly hasSelections: boolean;
  readonly value: ValueShape;
}

interface FragmentShape {
  readonly kind: 'fragment';
  readonly condition: Condition | undefined;
  readonly typeCondition: CompositeType | undefined;
  /** Whether the type condition applies, by runtime `__typename` (or parent type when absent). */
  readonly applies: Map<string, boolean>;
  readonly selections: ShapeSelection[];
}

type ShapeSelection = FieldShape | FragmentShape;

/** An operation compiled for `shapeResponse`. */
export interface ResponseShape {
  readonly schema: Schema;
  readonly root: CompositeType;
  readonly selections: ShapeSelection[];
  /** Variable defaults, merged under the request's variables only when a condition reads them. */
  readonly defaultedVariables: Record<string, unknown> | undefined;
}

/** Thrown while compiling: the operation selects something only the stock path handles. */
class Unsupported extends Error {}

/**
 * Compiles `operation`, or returns `undefined` when it selects schema introspection (`__schema`,
 * `__type`) or a response name this compiler does not write (`__proto__`): the stock gateway
 * path answers those.
 */
export function compileResponseShape(operation: Operation): ResponseShape | undefined {
  const schema = operation.schema();
  const root = schema.schemaDefinition.rootType(operation.rootKind);
  if (!root) return undefined;
  const state = { schema, readsVariables: false };
  try {
    const selections = compileSelectionSet(operation.selectionSet, state);
    return {
      schema,
      root,
      selections,
      defaultedVariables: state.readsVariables ? operation.collectDefaultedVariableValues() : undefined,
    };
  } catch (err) {
    if (err instanceof Unsupported) return undefined;
    throw err;
  }
}

interface CompileState {
  readonly schema: Schema;
  readsVariables: boolean;
}

/** An applied directive, as far as `@skip`/`@include` need it. */
interface AppliedDirective {
  readonly name: string;
  arguments(): Record<string, unknown>;
}

function conditionOf(directives: readonly AppliedDirective[], state: CompileState): Condition | undefined {
  let skip: boolean | string | undefined;
  let include: boolean | string | undefined;
  const ifValue = (directive: AppliedDirective): boolean | string => {
    const arg = directive.arguments()['if'];
    if (arg instanceof Variable) {
      state.readsVariables = true;
      return arg.name;
    }
    return arg as boolean;
  };
  for (const directive of directives) {
    // Only the first of each counts, as in the gateway.
    if (directive.name === 'skip' && skip === undefined) skip = ifValue(directive);
    else if (directive.name === 'include' && include === undefined) include = ifValue(directive);
  }
  return skip === undefined && include === undefined ? undefined : { skip, include };
}

function compileSelectionSet(selectionSet: SelectionSet, state: CompileState): ShapeSelection[] {
  const out: ShapeSelection[] = [];
  for (const selection of selectionSet.selections()) {
    const condition = conditionOf(selection.element.appliedDirectives, state);
    if (selection.kind === 'FieldSelection') {
      const field = selection.element;
      if (field.definition.isSchemaIntrospectionField()) throw new Unsupported('introspection');
      const responseName = field.responseName();
      if (responseName === '__proto__') throw new Unsupported('__proto__');
      const isTypename = field.name === '__typename';
      out.push({
        kind: 'field',
        condition,
        responseName,
        isTypename,
        hasSelections: selection.selectionSet !== undefined,
        value: isTypename
          ? { kind: 'leaf', type: 'String', valid: () => true }
          : compileValue(field.definition.type!, selection.selectionSet, state),
      });
    } else {
      out.push({
        kind: 'fragment',
        condition,
        typeCondition: selection.element.typeCondition,
        applies: new Map(),
        selections: compileSelectionSet(selection.selectionSet, state),
      });
    }
  }
  return out;
}

function compileValue(type: OutputType, selectionSet: SelectionSet | undefined, state: CompileState): ValueShape {
  if (isNonNullType(type))
    return { kind: 'nonNull', of: compileValue(type.ofType as OutputType, selectionSet, state), ofType: String(type.ofType) };
  if (isListType(type)) return { kind: 'list', of: compileValue(type.ofType as OutputType, selectionSet, state), type: String(type) };
  if (isCompositeType(type)) {
    if (!selectionSet) throw new Error(`Invalid empty selection set for composite type ${String(type)}`);
    return { kind: 'composite', type, selections: compileSelectionSet(selectionSet, state) };
  }
  return { kind: 'leaf', type: String(type), valid: leafValidator(state.schema, type) };
}

/** Per-request state of one `shapeResponse` call. */
interface ShapeRun {
  readonly schema: Schema;
  readonly variables: Record<string, unknown>;
  readonly errors: GraphQLError[];
  readonly path: (string | number)[];
  /** Set by `shapeValue` for its caller: the value made its parent invalid (non-null violated). */
  invalid: boolean;
  /** Set by `shapeValue` for its caller: an error was recorded for this value or below. */
  hasErrors: boolean;
}

const BUBBLE = true;

/**
 * Shapes the merged subgraph data into the client's response. Returns `data: null` when a
 * non-null violation bubbled up to the root, as the gateway does.
 */
export function shapeResponse(
  shape: ResponseShape,
  input: Record<string, unknown> | null | undefined,
  variables: Record<string, unknown> | undefined,
): { data: Record<string, unknown> | null | undefined; errors: GraphQLError[] } {
  if (!input) return { data: input, errors: [] };
  const run: ShapeRun = {
    schema: shape.schema,
    variables: shape.defaultedVariables ? { ...shape.defaultedVariables, ...variables } : (variables ?? {}),
    errors: [],
    path: [],
    invalid: false,
    hasErrors: false,
  };
  const data: Record<string, unknown> = {};
  const bubbled = applySelections(input, shape.selections, data, run, shape.root);
  return { data: bubbled ? null : data, errors: run.errors };
}

function conditionValue(value: boolean | string, variables: Record<string, unknown>): boolean {
  if (typeof value === 'boolean') return value;
  const v = variables[value];
  if (typeof v !== 'boolean') throw new Error(`Unexpected value ${String(v)} for variable $${value}`);
  return v;
}

function skipped(condition: Condition, variables: Record<string, unknown>): boolean {
  return (
    (condition.skip !== undefined && conditionValue(condition.skip, variables)) ||
    (condition.include !== undefined && !conditionValue(condition.include, variables))
  );
}

function typeConditionApplies(fragment: FragmentShape, typename: unknown, parentType: NamedType, schema: Schema): boolean {
  const condition = fragment.typeCondition;
  if (!condition) return true;
  const key = typename ? `t:${typename as string}` : `p:${parentType.name}`;
  let applies = fragment.applies.get(key);
  if (applies === undefined) {
    if (typename) {
      const type = schema.type(typename as string);
      applies = !!type && isSubtype(condition, type);
    } else {
      applies = isSubtype(condition, parentType);
    }
    fragment.applies.set(key, applies);
  }
  return applies;
}

function applySelections(
  input: Record<string, unknown>,
  selections: readonly ShapeSelection[],
  output: Record<string, unknown>,
  run: ShapeRun,
  parentType: NamedType,
): boolean {
  for (const selection of selections) {
    if (selection.condition && skipped(selection.condition, run.variables)) continue;
    if (selection.kind === 'field') {
      const name = selection.responseName;
      const outputValue = output[name];
      let inputValue = Object.hasOwn(input, name) ? (input[name] ?? null) : null;
      if (selection.isTypename) {
        if (outputValue === undefined) {
          if (inputValue === null && name !== '__typename') inputValue = input['__typename'] ?? null;
          const type = typeof inputValue === 'string' ? (run.schema.type(inputValue) ?? parentType) : parentType;
          if (!isObjectType(type)) return BUBBLE;
          output[name] = type.name;
        }
        continue;
      }
      run.path.push(name);
      output[name] = shapeValue(outputValue, selection.value, selection.hasSelections, inputValue, run, parentType);
      run.path.pop();
      if (run.invalid) return BUBBLE;
    } else {
      const typename = input['__typename'];
      if (typename && typeof typename !== 'string') throw new Error(`Got unexpected value for __typename: ${text(typename)}`);
      if (typeConditionApplies(selection, typename, parentType, run.schema)) {
        if (applySelections(input, selection.selections, output, run, selection.typeCondition ?? parentType)) return BUBBLE;
      }
    }
  }
  return !BUBBLE;
}

function describeLast(path: readonly (string | number)[], type: string, parentType: NamedType): string {
  const last = path[path.length - 1];
  return typeof last === 'string' ? `field ${parentType.name}.${last}` : `array element of type ${type} at index ${last}`;
}

function valueError(message: string, run: ShapeRun): void {
  run.errors.push(ERRORS.INVALID_GRAPHQL.err(message, { path: Array.from(run.path) }));
}

/** One value at `run.path`; reports through `run.invalid` / `run.hasErrors` (no result objects to collect). */
function shapeValue(
  outputValue: unknown,
  shape: ValueShape,
  hasSelections: boolean,
  inputValue: unknown,
  run: ShapeRun,
  parentType: NamedType,
): unknown {
  if (outputValue === null || (outputValue !== undefined && !hasSelections)) {
    run.invalid = run.hasErrors = false;
    return outputValue;
  }
  switch (shape.kind) {
    case 'nonNull': {
      const updated = shapeValue(outputValue, shape.of, hasSelections, inputValue, run, parentType);
      if (updated === null) {
        if (!run.hasErrors) valueError(`Cannot return null for non-nullable ${describeLast(run.path, shape.ofType, parentType)}.`, run);
        run.invalid = run.hasErrors = true;
        return updated;
      }
      run.invalid = run.hasErrors = false;
      return updated;
    }
    case 'list': {
      if (inputValue === null) return nullValue(run);
      if (!Array.isArray(inputValue))
        throw new Error(`Invalid non-list value ${text(inputValue)} returned by subgraph for list type ${shape.type}`);
      if (outputValue !== undefined && !Array.isArray(outputValue))
        throw new Error(`Invalid non-list value ${text(outputValue)} returned by subgraph for list type ${shape.type}`);
      const length = inputValue.length;
      if (outputValue !== undefined && (outputValue as unknown[]).length !== length)
        throw new Error(
          `[${text(inputValue)}].length (${length}) !== [${text(outputValue)}].length (${(outputValue as unknown[]).length})`,
        );
      // The list is rebuilt here (or was, by an earlier selection of the same field): filling it in place is safe.
      const list = (outputValue as unknown[] | undefined) ?? new Array<unknown>(length);
      let nullify = false;
      let hasErrors = false;
      for (let i = 0; i < length; i++) {
        run.path.push(i);
        list[i] = shapeValue(list[i], shape.of, hasSelections, inputValue[i], run, parentType);
        run.path.pop();
        nullify ||= run.invalid;
        hasErrors ||= run.hasErrors;
      }
      run.invalid = false;
      run.hasErrors = hasErrors;
      return nullify ? null : list;
    }
    case 'composite': {
      if (inputValue === null) return nullValue(run);
      if (typeof inputValue !== 'object')
        throw new Error(`Invalid non-object value ${text(inputValue)} returned by subgraph for composite type ${shape.type.name}`);
      const object = inputValue as Record<string, unknown>;
      const typename = object['__typename'];
      if (typename !== undefined && typeof typename !== 'string')
        throw new Error(`Invalid non-string value ${text(typename)} for __typename at ${run.path.join(',')}`);
      let objectType: NamedType = shape.type;
      if (typename) {
        const named = run.schema.type(typename);
        if (!named || !isCompositeType(named)) {
          valueError(`Invalid __typename found for object at ${describeLast(run.path, shape.type.name, parentType)}.`, run);
          run.invalid = false;
          run.hasErrors = true;
          return null;
        }
        objectType = named;
      }
      const out = (outputValue as Record<string, unknown> | undefined) ?? {};
      const bubbled = applySelections(object, shape.selections, out, run, objectType);
      run.invalid = false;
      run.hasErrors = bubbled;
      return bubbled ? null : out;
    }
    case 'leaf': {
      if (inputValue === null) return nullValue(run);
      if (outputValue !== undefined) throw new Error(`Excepted output to be undefined but got ${shape.type} for type ${shape.type}`);
      const valid = shape.valid(inputValue);
      if (!valid) valueError(`Invalid value found for ${describeLast(run.path, shape.type, parentType)}.`, run);
      run.invalid = false;
      run.hasErrors = !valid;
      return valid ? inputValue : null;
    }
  }
}

/** A value in an error message about a malformed subgraph answer. */
function text(value: unknown): string {
  if (typeof value === 'object' && value !== null) return JSON.stringify(value);
  return typeof value === 'function' || typeof value === 'symbol'
    ? typeof value
    : `${value as string | number | boolean | bigint | undefined}`;
}

function nullValue(run: ShapeRun): null {
  run.invalid = run.hasErrors = false;
  return null;
}
