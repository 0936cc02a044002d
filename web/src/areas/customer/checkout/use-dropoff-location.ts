import { useState } from 'react';

/**
 * The drop-off's point from the browser, when the person pins it: the API does not geocode
 * addresses, and without a point the map cannot draw where the food goes.
 */
export function useDropoffLocation() {
  const [status, setStatus] = useState<'none' | 'locating' | 'located' | 'denied'>('none');
  const [point, setPoint] = useState<{ lat: number; lng: number } | null>(null);
  const locate = () => {
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
  return { status, point, locate };
}
