import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { errorLoggingPlugin, type Logger } from '@foodgraph/platform';
import type { RouterContext } from '../context';
import { useOperationLog } from './use-operation-log';

/** The Apollo plugins every router runs, in order. Each concern is one `use-*.ts` file. */
export function routerPlugins(logger: Logger): ApolloServerPlugin<RouterContext>[] {
  return [
    errorLoggingPlugin<RouterContext>(logger),
    useOperationLog(logger),
    // Apollo's default landing page loads its explorer from a CDN; the router serves none
    // until the self-hosted explorer takes this slot.
    ApolloServerPluginLandingPageDisabled(),
  ];
}
