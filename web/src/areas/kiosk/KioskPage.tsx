import { ApolloProvider } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { LiveConnectionProvider } from '../../apollo/live-connection';
import { LanguageSwitcher } from '../../app/LanguageSwitcher';
import { Page } from '../../ui/Page';
import { createKioskClient } from './kiosk-client';
import { KioskFlow } from './KioskFlow';
import './kiosk.css';

/** @default 90 s untouched, then the kiosk starts afresh; `?idle=<seconds>` sets it per device. */
const DEFAULT_IDLE_SECONDS = 90;

/**
 * /kiosk/:restaurantId — a self-service screen in the shop: big buttons, no navigation away,
 * its own short customer sessions (never the browser's sign-in).
 */
export default function KioskPage() {
  const { restaurantId = '' } = useParams();
  const [params] = useSearchParams();
  const { t } = useTranslation('kiosk');
  const idle = Number(params.get('idle')) > 0 ? Number(params.get('idle')) : DEFAULT_IDLE_SECONDS;
  // An ended session (expired, refused refresh) simply leaves the kiosk signed out; the next order starts a new one.
  const [kiosk] = useState(() => createKioskClient(() => undefined));
  return (
    <ApolloProvider client={kiosk.client}>
      <LiveConnectionProvider onConnected={kiosk.onLiveConnected}>
        <div className="kiosk">
          <header className="kiosk-header">
            <LanguageSwitcher />
          </header>
          <main id="main" tabIndex={-1}>
            <Page title={t('title')}>
              <KioskFlow restaurantId={restaurantId} kiosk={kiosk} idleSeconds={idle} />
            </Page>
          </main>
        </div>
      </LiveConnectionProvider>
    </ApolloProvider>
  );
}
