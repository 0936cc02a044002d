import { createContext, useContext, useEffect, useRef, type ReactNode } from 'react';

export type OnLiveConnected = (listener: () => void) => () => void;

const LiveConnectionContext = createContext<OnLiveConnected>(() => () => undefined);

export function LiveConnectionProvider({ onConnected, children }: { onConnected: OnLiveConnected; children: ReactNode }) {
  return <LiveConnectionContext.Provider value={onConnected}>{children}</LiveConnectionContext.Provider>;
}

/**
 * Calls `refresh` each time the live connection (graphql-ws) is established — first and after
 * every reconnect. A screen that shows a query's result and follows it with a subscription
 * refetches here: a change that happened between the query's answer and the subscription's
 * start, or while the socket was down, would otherwise stay unseen until the next one.
 */
export function useRefreshOnLiveConnect(refresh: () => unknown): void {
  const onConnected = useContext(LiveConnectionContext);
  const latest = useRef(refresh);
  useEffect(() => {
    latest.current = refresh;
  });
  useEffect(() => onConnected(() => void latest.current()), [onConnected]);
}
