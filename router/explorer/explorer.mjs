// The browser side of the router's explorer: GraphiQL (docs explorer, headers editor, history)
// against this router's /graphql, subscriptions over graphql-ws on the same URL. Bundled by
// build.mjs with everything it needs — no CDN, so it works offline and behind strict CSPs.
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import 'graphiql/style.css';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';

// Monaco runs its language services in web workers; build.mjs bundles each one beside this file.
globalThis.MonacoEnvironment = {
  getWorker(_workerId, label) {
    const name = label === 'json' || label === 'graphql' ? label : 'editor';
    return new Worker(new URL(`./${name}.worker.js`, import.meta.url));
  },
};

const endpoint = new URL('/graphql', window.location.href);
const ws = new URL(endpoint);
ws.protocol = endpoint.protocol === 'https:' ? 'wss:' : 'ws:';

const fetcher = createGraphiQLFetcher({ url: endpoint.href, subscriptionUrl: ws.href });

// `?query=` (and `variables`, `headers`) pre-fill the editors, so a link can open a ready query.
const params = new URLSearchParams(window.location.search);
const initial = {};
for (const [param, prop] of [
  ['query', 'initialQuery'],
  ['variables', 'initialVariables'],
  ['headers', 'initialHeaders'],
]) {
  const value = params.get(param);
  if (value !== null) initial[prop] = value;
}

const defaultQuery = `# foodgraph explorer: write a query, press Ctrl-Enter to run it.
# Signed in? Add {"Authorization": "Bearer <access token>"} under Headers below.

query OpenRestaurants {
  restaurants(first: 5, filter: { openNow: true }) {
    edges {
      node {
        name
        cuisines
        deliveryFee {
          amount
          currency
        }
      }
    }
  }
}
`;

createRoot(document.getElementById('explorer')).render(
  createElement(GraphiQL, {
    fetcher,
    defaultQuery,
    // An empty Authorization would be refused (a header that does not verify is never anonymous),
    // so the headers start empty, with the editor open to add one.
    defaultHeaders: '{}',
    defaultEditorToolsVisibility: 'headers',
    isHeadersEditorEnabled: true,
    shouldPersistHeaders: false,
    ...initial,
  }),
);
