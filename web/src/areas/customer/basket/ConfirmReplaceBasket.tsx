import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * An order is from one restaurant: adding a dish from another asks first whether to drop the
 * basket. Focus moves to the question so keyboard and screen-reader users meet it at once.
 */
export function ConfirmReplaceBasket({ current, onReplace, onKeep }: { current: string; onReplace: () => void; onKeep: () => void }) {
  const { t } = useTranslation('customer');
  const id = useId();
  const keep = useRef<HTMLButtonElement>(null);
  useEffect(() => keep.current?.focus(), []);
  return (
    <div className="confirm-replace" role="alertdialog" aria-labelledby={`${id}-title`} aria-describedby={`${id}-body`}>
      <h2 id={`${id}-title`}>{t('basket.replaceTitle')}</h2>
      <p id={`${id}-body`}>{t('basket.replaceBody', { restaurant: current })}</p>
      <div className="row">
        <button type="button" onClick={onReplace}>
          {t('basket.replace')}
        </button>
        <button type="button" className="secondary" ref={keep} onClick={onKeep}>
          {t('basket.keep')}
        </button>
      </div>
    </div>
  );
}
