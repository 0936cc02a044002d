import { useId } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  legend: string;
  name: string;
  /** 0 while none is chosen. */
  value: number;
  onChange: (stars: number) => void;
  error?: string | undefined;
}

/** 1 to 5 stars as a radio group: arrow keys move between them, each has a spoken name. */
export function StarsField({ legend, name, value, onChange, error }: Props) {
  const { t } = useTranslation('customer');
  const id = useId();
  return (
    <fieldset className="stars" aria-describedby={error ? `${id}-error` : undefined} aria-invalid={error ? true : undefined}>
      <legend>{legend}</legend>
      {[1, 2, 3, 4, 5].map((stars) => (
        <label key={stars}>
          <input type="radio" name={`${id}-${name}`} value={stars} checked={value === stars} onChange={() => onChange(stars)} />{' '}
          <span aria-hidden="true">{'★'.repeat(stars)}</span>
          <span className="visually-hidden">{t('review.starsOption', { count: stars })}</span>
        </label>
      ))}
      {error && (
        <span id={`${id}-error`} className="field-error" role="alert">
          {error}
        </span>
      )}
    </fieldset>
  );
}
