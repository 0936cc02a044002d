import { verifyRouterRequest } from '@foodgraph/platform/auth';
import { sendJson, type Route } from '@foodgraph/platform/http';
import type { Logger } from '@foodgraph/platform/logging';

/** An internal endpoint of the users subgraph that only the router may call. */
export interface RouterOnlyRouteOptions {
  path: string;
  routerSecret: string;
  logger: Logger;
  /** What is looked up, for the log line of a refused call, e.g. `an API key lookup`. */
  what: string;
  /** The one string field the JSON body must carry, e.g. `secret`. */
  field: string;
  /** Its answer to a well-formed call, sent as JSON with status 200. */
  answer(value: string): Promise<object>;
}

/**
 * `POST <path>` with `{"<field>": "…"}`, signed by the router like a GraphQL request (403
 * otherwise, so the endpoint is no oracle for anyone else), 400 for a body without the field.
 */
export function routerOnlyRoute(opts: RouterOnlyRouteOptions): Route {
  return {
    method: 'POST',
    path: opts.path,
    async handle(req, res, body) {
      const check = verifyRouterRequest(opts.routerSecret, req.headers, body);
      if (!check.ok) {
        opts.logger.warn({ reason: check.reason }, `refused ${opts.what} the router did not sign`);
        sendJson(res, 403, { error: 'This endpoint only answers the foodgraph router' });
        return;
      }
      let value: unknown;
      try {
        value = (JSON.parse(body.toString('utf8')) as Record<string, unknown>)[opts.field];
      } catch {
        value = undefined;
      }
      if (typeof value !== 'string') {
        sendJson(res, 400, { error: `Send {"${opts.field}": "…"}` });
        return;
      }
      sendJson(res, 200, await opts.answer(value));
    },
  };
}
