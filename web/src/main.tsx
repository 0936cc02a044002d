import { ApolloProvider } from '@apollo/client/react';
import { LogoutDocument } from '@generated/graphql';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { createApolloClient } from './apollo/create-client';
import { LiveConnectionProvider } from './apollo/live-connection';
import { App } from './app/App';
import { setupI18n } from './i18n/setup-i18n';
import { SessionProvider } from './session/session-context';
import { SessionStore } from './session/session-store';
import { TokenRefresher } from './session/token-refresher';
import './styles.css';

const store = new SessionStore();
// A session the server refused to refresh (revoked, expired, account gone) sends the person to sign in.
const tokens = new TokenRefresher(store, () => {
  const here = window.location.pathname + window.location.search;
  window.location.assign(`/login?ended=1&next=${encodeURIComponent(here)}`);
});
const { client, restartSubscriptions, onLiveConnected } = createApolloClient(tokens);

await setupI18n();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ApolloProvider client={client}>
      <SessionProvider
        store={store}
        client={client}
        restartSubscriptions={restartSubscriptions}
        logout={(refreshToken) => client.mutate({ mutation: LogoutDocument, variables: { refreshToken } })}
      >
        <LiveConnectionProvider onConnected={onLiveConnected}>
          <BrowserRouter>
            <App />
          </BrowserRouter>
        </LiveConnectionProvider>
      </SessionProvider>
    </ApolloProvider>
  </StrictMode>,
);
