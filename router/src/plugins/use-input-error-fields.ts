import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { BREAK, GraphQLError, Kind, visit, type ASTNode, type DocumentNode } from 'graphql';
import type { RouterContext } from '../context';

const VALUE_KINDS: ReadonlySet<string> = new Set([
  Kind.VARIABLE,
  Kind.INT,
  Kind.FLOAT,
  Kind.STRING,
  Kind.BOOLEAN,
  Kind.NULL,
  Kind.ENUM,
  Kind.LIST,
  Kind.OBJECT,
]);

/** What a node adds to an input path: `id` (argument), `.quantity` (input field), `[2]` (list item). */
function segment(node: ASTNode, key: string | number | undefined, parent: unknown): string | undefined {
  if (node.kind === Kind.ARGUMENT) return node.name.value;
  if (node.kind === Kind.OBJECT_FIELD) return `.${node.name.value}`;
  // In the AST, the only array holding values is a list value's `values`.
  if (VALUE_KINDS.has(node.kind) && Array.isArray(parent) && typeof key === 'number') return `[${key}]`;
  return undefined;
}

/** The argument path (`input.lines[0].quantity`) leading to `target` in the document. */
function pathTo(document: DocumentNode, target: ASTNode): string | undefined {
  const stack: string[] = [];
  let found: string | undefined;
  visit(document, {
    enter(node, key, parent) {
      const part = segment(node, key, parent);
      if (part !== undefined) stack.push(part);
      if (node !== target) return undefined;
      found = stack.join('');
      return BREAK;
    },
    leave(node, key, parent) {
      if (segment(node, key, parent) !== undefined) stack.pop();
    },
  });
  return found || undefined;
}

/**
 * The input a validation error is about, for the errors graphql-js reports on argument values
 * written in the document (an Int literal out of range, an unknown enum value, null for a
 * non-null argument, a missing or unknown input field, a variable of the wrong type) and for a
 * missing required argument.
 */
export function literalErrorField(document: DocumentNode, error: GraphQLError): string | undefined {
  const node = error.nodes?.[0];
  if (!node) return undefined;
  if (node.kind === Kind.FIELD || node.kind === Kind.DIRECTIVE) {
    // `Field "order" argument "id" of type "ID!" is required, but it was not provided.`
    return /argument "([_A-Za-z][_0-9A-Za-z]*)" of type "[^"]*" is required/.exec(error.message)?.[1];
  }
  const path = pathTo(document, node);
  if (path === undefined) return undefined;
  // `Field "PlaceOrderInput.paymentMethod" of required type "PaymentMethod!" was not provided.`
  const missing =
    node.kind === Kind.OBJECT
      ? /^Field "(?:[_A-Za-z][_0-9A-Za-z]*\.)?([_A-Za-z][_0-9A-Za-z]*)" of required type/.exec(error.message)
      : null;
  return missing ? `${path}.${missing[1]}` : path;
}

/**
 * Names the input in `extensions.field` on validation errors about argument values written in
 * the document, as the contract asks of every input error (variable-coercion errors get theirs
 * in the router's error formatter, from graphql-js' message). The errors are replaced in the
 * array Apollo then answers with.
 */
export function useInputErrorFields(): ApolloServerPlugin<RouterContext> {
  const listener: GraphQLRequestListener<RouterContext> = {
    async validationDidStart({ document }) {
      return async (errors?: readonly Error[]) => {
        if (!errors?.length) return;
        const list = errors as Error[];
        list.forEach((error, i) => {
          if (!(error instanceof GraphQLError) || error.extensions['field'] !== undefined) return;
          const field = literalErrorField(document, error);
          if (field === undefined) return;
          list[i] = new GraphQLError(error.message, {
            nodes: error.nodes ?? null,
            originalError: error.originalError ?? null,
            extensions: { ...error.extensions, field },
          });
        });
      };
    },
  };
  return {
    async requestDidStart() {
      return listener;
    },
  };
}
