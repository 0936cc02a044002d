import type { GraphQLResult } from '@foodgraph/stack';

/** The data of a result that must have succeeded; throws with the errors otherwise. */
export function dataOf<Data>(result: GraphQLResult<Data>, what: string): Data {
  if (result.errors?.length || !result.data) throw new Error(`${what} failed: ${JSON.stringify(result.errors ?? result)}`);
  return result.data;
}
