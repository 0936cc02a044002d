import { useCallback, useEffect, useRef, useState } from 'react';
import { Chime } from './chime';

/** The kitchen's sound switch: off until the person turns it on (the browser needs that click). */
export function useChime() {
  const chime = useRef(new Chime());
  const [enabled, setEnabled] = useState(false);

  useEffect(() => {
    const current = chime.current;
    return () => void current.close();
  }, []);

  const toggle = useCallback(async () => {
    if (enabled) {
      setEnabled(false);
      return;
    }
    await chime.current.unlock();
    setEnabled(chime.current.unlocked);
    // A chime right away tells the person what they will hear.
    chime.current.play();
  }, [enabled]);

  const play = useCallback(() => {
    if (enabled) chime.current.play();
  }, [enabled]);

  return { enabled, toggle, play };
}
