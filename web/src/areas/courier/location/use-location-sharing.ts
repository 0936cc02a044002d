import { useMutation } from '@apollo/client/react';
import { UpdateCourierLocationDocument } from '@generated/graphql';
import { useEffect, useRef, useState } from 'react';
import { shouldSend, type Fix } from './throttle';

/** Why the browser gives no position: the GeolocationPositionError codes, or no API at all. */
export type LocationProblem = 'denied' | 'unavailable' | 'timeout' | 'unsupported';

const PROBLEMS: Record<number, LocationProblem> = { 1: 'denied', 2: 'unavailable', 3: 'timeout' };

/**
 * While `sharing` is on, watches the browser's position and reports it through
 * `updateCourierLocation`, throttled (`shouldSend`). Turning it off clears the watch.
 */
export function useLocationSharing(sharing: boolean) {
  const [update, { error }] = useMutation(UpdateCourierLocationDocument);
  const [lastSent, setLastSent] = useState<Fix | undefined>();
  const [problem, setProblem] = useState<LocationProblem | undefined>();
  const last = useRef<Fix | undefined>(undefined);
  const supported = 'geolocation' in navigator;

  useEffect(() => {
    if (!sharing || !supported) return;
    const watch = navigator.geolocation.watchPosition(
      (position) => {
        const fix: Fix = { lat: position.coords.latitude, lng: position.coords.longitude, at: position.timestamp || Date.now() };
        setProblem(undefined);
        if (!shouldSend(last.current, fix)) return;
        last.current = fix;
        void update({ variables: { location: { lat: fix.lat, lng: fix.lng } } })
          .then(() => setLastSent(fix))
          .catch(() => undefined);
      },
      (failure) => setProblem(PROBLEMS[failure.code] ?? 'unavailable'),
      { enableHighAccuracy: true, maximumAge: 5_000 },
    );
    return () => {
      navigator.geolocation.clearWatch(watch);
      setProblem(undefined);
      // The next time sharing starts, the first position goes out at once.
      last.current = undefined;
    };
  }, [sharing, supported, update]);

  return { lastSent, problem: sharing && !supported ? ('unsupported' as const) : problem, error };
}
