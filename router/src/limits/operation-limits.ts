import type { DocumentNode, GraphQLSchema, OperationDefinitionNode, ParseOptions } from 'graphql';
import { countDirectives } from './directive-count';
import type { LimitViolation } from './limit-violation';
import { analyzeOperation, type OperationMetrics } from './operation-analysis';
import { operationLimitsOff, resolveRequestLimits, type RequestLimitOptions, type RequestLimits } from './request-limits';

interface Verdict {
  readonly violation: LimitViolation | undefined;
  /** The cost depends on the variables: analyse again for every request. */
  readonly sizedByVariables: boolean;
}

/**
 * The request limits of one router, applied to parsed, validated operations. Verdicts are kept
 * per operation node (a WeakMap, so they go when the parsed document goes): Apollo and the
 * subscription planner both reuse the parsed document of a query text they have seen, so an
 * operation is analysed once and every repetition costs one lookup. Only an operation whose
 * list sizes come from variables is analysed again per request.
 */
export class OperationLimits {
  readonly limits: RequestLimits;
  /** For `parse()`: graphql-js counts tokens itself and stops at the limit. */
  readonly parseOptions: ParseOptions;
  private readonly off: boolean;
  private readonly verdicts = new WeakMap<OperationDefinitionNode, Verdict>();

  constructor(options: RequestLimitOptions = {}) {
    this.limits = resolveRequestLimits(options);
    this.parseOptions = this.limits.maxTokens === Infinity ? {} : { maxTokens: this.limits.maxTokens };
    this.off = operationLimitsOff(this.limits);
  }

  /**
   * The directive limit on the parsed document, before validation: unknown directives and
   * repeated non-repeatable ones fail validation, so without this a document of thousands of
   * them would be validated in full and answered with validation errors instead of the limit.
   */
  checkDocument(document: DocumentNode): LimitViolation | undefined {
    const max = this.limits.maxDirectives;
    if (max === Infinity) return undefined;
    const value = countDirectives(document);
    return value > max ? { limit: 'directives', value, max } : undefined;
  }

  /** The first limit `operation` exceeds, or undefined. */
  check(
    schema: GraphQLSchema,
    document: DocumentNode,
    operation: OperationDefinitionNode,
    variables: Readonly<Record<string, unknown>> | null | undefined,
  ): LimitViolation | undefined {
    if (this.off) return undefined;
    const known = this.verdicts.get(operation);
    if (known && !known.sizedByVariables) return known.violation;
    const metrics = analyzeOperation(schema, document, operation, variables ?? {}, this.limits.defaultListSize);
    const verdict = { violation: this.violationOf(metrics), sizedByVariables: metrics.sizedByVariables };
    this.verdicts.set(operation, verdict);
    return verdict.violation;
  }

  private violationOf(m: OperationMetrics): LimitViolation | undefined {
    const l = this.limits;
    if (m.depth > l.maxDepth) return { limit: 'depth', value: m.depth, max: l.maxDepth };
    if (m.aliases > l.maxAliases) return { limit: 'aliases', value: m.aliases, max: l.maxAliases };
    if (m.rootFields > l.maxRootFields) return { limit: 'rootFields', value: m.rootFields, max: l.maxRootFields };
    if (m.directives > l.maxDirectives) return { limit: 'directives', value: m.directives, max: l.maxDirectives };
    if (m.cost > l.maxCost) return { limit: 'cost', value: m.cost, max: l.maxCost };
    return undefined;
  }
}
