import { buildOperationContext } from '@apollo/gateway';
// federation-internals is the planner's own schema model, installed with @apollo/query-planner
// at the same version; the gateway builds its planner from the same calls.
import { operationFromDocument, type Schema } from '@apollo/federation-internals';
import type { FetchNode, QueryPlan, SubscriptionNode } from '@apollo/query-planner';
import {
  getOperationAST,
  getVariableValues,
  GraphQLError,
  OperationTypeNode,
  parse,
  validate,
  type DocumentNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { LRUCache } from 'lru-cache';
import { preparedBytes } from '../execution/operation-executor';
import type { PlannedOperation, PlanRunner } from '../execution/run-plan';
import { queryTooComplex, tokenLimitViolation, type OperationLimits } from '../limits';
import { withoutSuggestions } from '../format-error';
import { literalErrorField } from '../plugins/use-input-error-fields';
import { InputHygiene, unsafeInputError } from '../plugins/use-input-hygiene';

/** Default byte budget of the prepared-subscription cache (estimated as `preparedBytes`). */
export const DEFAULT_SUBSCRIPTION_PLAN_CACHE_BYTES = 8 * 1024 * 1024;

/** Stands for "the event the owning subgraph just pushed" in an event plan. */
export const EVENT_SOURCE = '__subscription_event__';

/** A validated, planned subscription operation, shared by every subscriber of the same text. */
export interface PreparedSubscription {
  /** Cache key: operation name + text. */
  readonly key: string;
  readonly query: string;
  readonly operationName: string | undefined;
  readonly document: DocumentNode;
  readonly operation: OperationDefinitionNode;
  /** The fetch that opens the subscription at the owning subgraph. */
  readonly primary: FetchNode;
  /**
   * What runs per event, prepared by the plan runner: the primary fetch answered from the event
   * itself (`EVENT_SOURCE`), then the plan's `rest` (entity fetches to the other subgraphs).
   */
  readonly eventPlan: PlannedOperation;
}

/** Parse, validation or planning errors, all before anything is sent to a subgraph. */
export type PrepareResult =
  | { ok: true; prepared: PreparedSubscription }
  /** `notSubscription`: a valid query or mutation, which HTTP transports hand back to Apollo. */
  | { ok: false; errors: GraphQLError[]; notSubscription?: boolean };

const badRequest = (message: string) => new GraphQLError(message, { extensions: { code: 'BAD_REQUEST' } });

/**
 * Validates subscription operations against the API schema and plans them with
 * `@apollo/query-planner` over the supergraph, caching the result by operation text and name
 * (least recently used first out, bounded by entries and by estimated bytes).
 */
export class SubscriptionPlanner {
  private readonly apiSchema: Schema;
  readonly apiGraphQLSchema: GraphQLSchema;
  private readonly cache: LRUCache<string, PreparedSubscription>;
  /** NUL and lone surrogates in arguments, the same rule as `useInputHygiene` over HTTP. */
  private readonly hygiene = new InputHygiene();

  /**
   * `runner`: the router's plan runner (its supergraph model plans, it prepares the event plans);
   * `limits`: the router's request limits, checked before planning; none when absent.
   */
  constructor(
    private readonly runner: PlanRunner,
    cacheSize: number,
    private readonly limits?: OperationLimits,
    /** Bytes of prepared subscriptions kept, besides the entry count: a text may be large. */
    cacheBytes = DEFAULT_SUBSCRIPTION_PLAN_CACHE_BYTES,
    /** Drop "Did you mean …?" from validation errors, as over HTTP (production, introspection off). */
    private readonly hideSuggestions = false,
  ) {
    this.cache = new LRUCache({
      max: cacheSize,
      maxSize: cacheBytes,
      // The key repeats the text; the estimate covers the document and the event plan.
      sizeCalculation: (prepared, key) => Math.max(1, 2 * key.length + preparedBytes(prepared.document, prepared.eventPlan.plan)),
    });
    this.apiSchema = runner.model.apiSchema;
    this.apiGraphQLSchema = runner.model.apiGraphQLSchema;
  }

  /**
   * The prepared operation, from the cache or validated and planned now. `variables` only
   * matter to the request limits (list sizes given by variables).
   */
  prepare(query: string, operationName: string | undefined, variables?: Record<string, unknown> | null): PrepareResult {
    const key = `${operationName ?? ''}\n${query}`;
    const cached = this.cache.get(key);
    if (cached) {
      const refused = this.overLimit(cached.document, cached.operation, variables);
      if (refused) return refused;
      return { ok: true, prepared: cached };
    }
    const result = this.plan(key, query, operationName, variables);
    if (result.ok) {
      this.cache.set(key, result.prepared);
    }
    return result;
  }

  /** Estimated bytes of the prepared subscriptions cached now (at most the byte budget). */
  get cachedBytes(): number {
    return this.cache.calculatedSize;
  }

  /**
   * Coerces the client's variables against the operation's definitions, then refuses text no
   * subgraph can store, as over HTTP (BAD_USER_INPUT on failure).
   */
  checkVariables(prepared: PreparedSubscription, variables: Record<string, unknown> | null | undefined): GraphQLError[] {
    const coerced = getVariableValues(this.apiGraphQLSchema, prepared.operation.variableDefinitions ?? [], variables ?? {});
    if (coerced.errors) return [...coerced.errors];
    const unsafe = this.hygiene.check(this.apiGraphQLSchema, prepared.document, prepared.operation, variables);
    return unsafe ? [unsafeInputError(unsafe)] : [];
  }

  private overLimit(
    document: DocumentNode,
    operation: OperationDefinitionNode,
    variables: Record<string, unknown> | null | undefined,
  ): PrepareResult | undefined {
    const violation = this.limits?.check(this.apiGraphQLSchema, document, operation, variables);
    return violation ? { ok: false, errors: [queryTooComplex(violation)] } : undefined;
  }

  private plan(key: string, query: string, operationName: string | undefined, variables?: Record<string, unknown> | null): PrepareResult {
    let document: DocumentNode;
    try {
      document = parse(query, this.limits?.parseOptions);
    } catch (err) {
      const tokens = tokenLimitViolation(err);
      if (tokens) return { ok: false, errors: [queryTooComplex(tokens)] };
      if (err instanceof GraphQLError) return { ok: false, errors: [withCode(err, 'GRAPHQL_PARSE_FAILED')] };
      throw err;
    }
    // Before validation, which fails on unknown or repeated directives without counting them.
    const directives = this.limits?.checkDocument(document);
    if (directives) return { ok: false, errors: [queryTooComplex(directives)] };
    const invalid = validate(this.apiGraphQLSchema, document);
    if (invalid.length > 0) {
      // As over HTTP: no suggestions where they are hidden, and the input a literal is about named.
      const errors = invalid.map((e) => {
        const error = this.hideSuggestions ? withoutSuggestions(e) : e;
        const field = literalErrorField(document, error);
        return withCode(error, 'GRAPHQL_VALIDATION_FAILED', field === undefined ? {} : { field });
      });
      return { ok: false, errors };
    }
    const operation = getOperationAST(document, operationName);
    if (!operation)
      return {
        ok: false,
        errors: [badRequest(operationName ? `Unknown operation named "${operationName}"` : 'Name the operation to run')],
      };
    if (operation.operation !== OperationTypeNode.SUBSCRIPTION) {
      return {
        ok: false,
        errors: [badRequest('Only subscriptions run over WebSocket and event streams; send queries and mutations as plain HTTP requests')],
        notSubscription: true,
      };
    }
    // Before planning: planning an oversized operation is itself the expensive part.
    const refused = this.overLimit(document, operation, variables);
    if (refused) return refused;
    const plan = this.runner.model.planner.buildQueryPlan(operationFromDocument(this.apiSchema, document, { operationName }));
    const node = plan.node as SubscriptionNode | undefined;
    if (node?.kind !== 'Subscription') throw new Error(`expected a Subscription plan node, got ${node?.kind ?? 'none'}`);
    const source: FetchNode = { ...node.primary, serviceName: EVENT_SOURCE };
    const operationContext = buildOperationContext({ schema: this.apiGraphQLSchema, operationDocument: document, operationName });
    const eventPlan: QueryPlan = { kind: 'QueryPlan', node: node.rest ? { kind: 'Sequence', nodes: [source, node.rest] } : source };
    const prepared: PreparedSubscription = {
      key,
      query,
      operationName,
      document,
      operation,
      primary: node.primary,
      eventPlan: this.runner.prepare(operationContext, eventPlan),
    };
    return { ok: true, prepared };
  }
}

function withCode(error: GraphQLError, code: string, extra: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(error.message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    extensions: { ...error.extensions, ...extra, code },
  });
}
