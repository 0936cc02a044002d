/*
 * Mirrors, in @apollo/gateway 2.14.x (`@apollo/gateway/dist/executeQueryPlan.js`): `generateHydratedPaths`,
 * `makeLazyErrorPathGenerator` and `downstreamServiceError`.
 */
import { ERRORS, errorCodeDef } from '@apollo/federation-internals';
import type { FetchNode } from '@apollo/query-planner';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';

type Path = (string | number)[];

/** Where a fetch runs in the response: its path (with `@` for "every element") and the whole response. */
export interface Cursor {
  readonly path: Path;
  readonly data: unknown;
  readonly fullResult: Record<string, unknown>;
}

/** Every concrete path that `path` (with `@`) reaches in `data`, in document order — the gateway's `generateHydratedPaths`. */
function hydratedPaths(parent: Path, path: Path, at: number, data: unknown, out: Path[]): void {
  if (data === null || data === undefined) return;
  const head = path[at];
  if (head === undefined) {
    out.push(parent.slice());
  } else if (head === '@') {
    if (!Array.isArray(data)) throw new Error('expected array when encountering `@`');
    for (let i = 0; i < data.length; i++) {
      parent.push(i);
      hydratedPaths(parent, path, at + 1, data[i], out);
      parent.pop();
    }
  } else if (typeof head === 'string') {
    if (Array.isArray(data)) {
      for (let i = 0; i < data.length; i++) {
        parent.push(i);
        hydratedPaths(parent, path, at, data[i], out);
        parent.pop();
      }
    } else if (Object.hasOwn(data, head)) {
      parent.push(head);
      hydratedPaths(parent, path, at + 1, (data as Record<string, unknown>)[head], out);
      parent.pop();
    }
  } else {
    throw new Error(`unknown path part "${head}"`);
  }
}

/**
 * Maps a subgraph error's path into the client's response: `_entities[i]…` becomes the path of
 * the i-th entity the fetch was for; any other path is prefixed with the fetch's own path.
 * Entity paths are worked out once per fetch, and only if an error needs them.
 */
export function errorPathMapper(fetch: FetchNode, cursor: Cursor): (path: GraphQLFormattedError['path']) => Path | undefined {
  let entityPaths: Path[] | undefined;
  return (errorPath) => {
    if (fetch.requires && typeof errorPath?.[1] === 'number') {
      if (!entityPaths) {
        entityPaths = [];
        hydratedPaths([], cursor.path, 0, cursor.fullResult, entityPaths);
      }
      return [...(entityPaths[errorPath[1]] ?? []), ...errorPath.slice(2)];
    }
    return errorPath ? [...cursor.path, ...errorPath] : undefined;
  };
}

/** A subgraph's error as the client sees it: its path mapped, `serviceName` added, a code when it has none. */
export function downstreamError(
  error: GraphQLFormattedError,
  serviceName: string,
  mapPath: ReturnType<typeof errorPathMapper>,
): GraphQLError {
  const message = error.message || `Error while fetching subquery from service "${serviceName}"`;
  const options = {
    // The gateway passes the subgraph's error object along as the original error; so do we.
    originalError: error as Error,
    path: mapPath(error.path),
    extensions: { ...error.extensions, serviceName },
  };
  const codeDef = errorCodeDef(error);
  if (!codeDef && error.extensions?.['code']) return new GraphQLError(message, options);
  return (codeDef ?? ERRORS.DOWNSTREAM_SERVICE_ERROR).err(message, options);
}
