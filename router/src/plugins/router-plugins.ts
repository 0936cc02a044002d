import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { errorLoggingPlugin } from '@foodgraph/platform/graphql';
import type { Logger } from '@foodgraph/platform/logging';
import type { RouterContext } from '../context';
import { useInputHygiene } from './use-input-hygiene';
import { useOperationLog } from './use-operation-log';

/** The Apollo plugins every router runs, in order. Each concern is one `use-*.ts` file. */
export function routerPlugins(logger: Logger): ApolloServerPlugin<RouterContext>[] {
  return [
    errorLoggingPlugin<RouterContext>(logger),
    useOperationLog(logger),
    useInputHygiene(),
    // The self-hosted explorer (`explorer/explorer-route.ts`) answers browsers' `GET /graphql`
    // in the request listener, before Apollo. Apollo's own landing page, which loads its
    // explorer from a CDN, stays off: with the explorer off too, browsers get no page at all.
    ApolloServerPluginLandingPageDisabled(),
  ];
}
