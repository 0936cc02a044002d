import { useEffect, useState } from 'react';
import { appConfig } from '../../../app/app-config';

/** Whether this deployment pays through the sandbox (`/app-config.json`); false until known. */
export function useSandboxPayments(): boolean {
  const [sandbox, setSandbox] = useState(false);
  useEffect(() => {
    let live = true;
    void appConfig().then((config) => live && setSandbox(config.sandboxPayments));
    return () => {
      live = false;
    };
  }, []);
  return sandbox;
}
