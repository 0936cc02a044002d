import { useState } from 'react';

export type NearMeStatus = 'off' | 'locating' | 'located' | 'denied';

/** How far "near me" reaches: the API's default radius. */
const RADIUS_METERS = 5000;

/**
 * "Near me": the browser's position when the person asks for it (never before — the browser
 * prompts). The filter applies it once located; a refusal says so and leaves the list unfiltered.
 */
export function useNearMe() {
  const [status, setStatus] = useState<NearMeStatus>('off');
  const [point, setPoint] = useState<{ lat: number; lng: number } | null>(null);

  const setEnabled = (enabled: boolean) => {
    setPoint(null);
    if (!enabled) return setStatus('off');
    if (!('geolocation' in navigator)) return setStatus('denied');
    setStatus('locating');
    navigator.geolocation.getCurrentPosition(
      (position) => {
        setPoint({ lat: position.coords.latitude, lng: position.coords.longitude });
        setStatus('located');
      },
      () => setStatus('denied'),
      { maximumAge: 60_000, timeout: 15_000 },
    );
  };

  return { enabled: status !== 'off', setEnabled, status, point, radiusMeters: RADIUS_METERS };
}
