/*
 * Mirrors, in @apollo/gateway 2.14.x: `executeSelectionSet` (`@apollo/gateway/dist/executeQueryPlan.js`) and
 * `isObjectOfType` (`@apollo/gateway/dist/dataRewrites.js`).
 */
import type { QueryPlanSelectionNode } from '@apollo/query-planner';
import { isAbstractType, isInterfaceType, isObjectType, type GraphQLSchema } from 'graphql';
import { deepMerge } from './deep-merge';

/**
 * Builds the entity representations a fetch `requires` from the data gathered so far — the
 * gateway's `executeSelectionSet`, with its answers to "is this object of that type" kept per
 * (typename, condition) instead of asked of the schema for every entity.
 */
export class RepresentationBuilder {
  private readonly typeMatches = new Map<string, boolean>();

  constructor(private readonly supergraph: GraphQLSchema) {}

  /** The representation of `source`, or null when a required field is missing. */
  build(source: unknown, selections: readonly QueryPlanSelectionNode[]): Record<string, unknown> | null {
    if (source === null) return null;
    const object = source as Record<string, unknown>;
    const result: Record<string, unknown> = {};
    for (const selection of selections) {
      if (selection.kind === 'Field') {
        const name = selection.alias ?? selection.name;
        const value = Object.hasOwn(object, name) ? object[name] : undefined;
        if (value === undefined) return null;
        const nested = selection.selections;
        if (Array.isArray(value)) result[name] = nested ? value.map((v: unknown) => this.build(v, nested)) : value.slice();
        else result[name] = nested ? this.build(value, nested) : value;
      } else if (selection.typeCondition && source && this.isOfType(object, selection.typeCondition)) {
        deepMerge(result, this.build(object, selection.selections));
      }
    }
    return result;
  }

  /** The gateway's `isObjectOfType`: the object's `__typename` is the condition or one of its possible types. */
  private isOfType(object: Record<string, unknown>, condition: string): boolean {
    const typename = object['__typename'];
    if (!typename) return false;
    if (typename === condition) return true;
    const key = `${typename as string}\0${condition}`;
    let matches = this.typeMatches.get(key);
    if (matches === undefined) {
      const type = this.supergraph.getType(typename as string);
      const conditional = this.supergraph.getType(condition);
      matches =
        !!type &&
        !!conditional &&
        isAbstractType(conditional) &&
        (isObjectType(type) || isInterfaceType(type)) &&
        this.supergraph.isSubType(conditional, type);
      this.typeMatches.set(key, matches);
    }
    return matches;
  }
}
