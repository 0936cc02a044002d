import { useEffect, useRef } from 'react';

const ACTIVITY = ['pointerdown', 'keydown', 'touchstart', 'wheel'] as const;

/**
 * Calls `onIdle` once nobody has touched the kiosk for `seconds`: the next customer must not
 * find the last one's basket or session. Any touch, key or scroll starts the wait afresh.
 */
export function useIdleReset(seconds: number, onIdle: () => void, active: boolean): void {
  const latest = useRef(onIdle);
  useEffect(() => {
    latest.current = onIdle;
  });
  useEffect(() => {
    if (!active) return;
    let timer = window.setTimeout(() => latest.current(), seconds * 1000);
    const restart = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(() => latest.current(), seconds * 1000);
    };
    for (const type of ACTIVITY) window.addEventListener(type, restart, { passive: true });
    return () => {
      window.clearTimeout(timer);
      for (const type of ACTIVITY) window.removeEventListener(type, restart);
    };
  }, [seconds, active]);
}
