import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

export interface MoneyValue {
  amount: number;
  currency: string;
}

/** Money, dates and times in the reader's locale (Intl), from the API's minor units and ISO strings. */
export function useFormat() {
  const { i18n } = useTranslation();
  const locale = i18n.resolvedLanguage ?? 'en';
  return useMemo(() => {
    const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
    const time = new Intl.DateTimeFormat(locale, { timeStyle: 'short' });
    const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
    const moneyFormats = new Map<string, Intl.NumberFormat>();
    const moneyFormat = (currency: string) => {
      let format = moneyFormats.get(currency);
      if (!format) moneyFormats.set(currency, (format = new Intl.NumberFormat(locale, { style: 'currency', currency })));
      return format;
    };
    return {
      locale,
      money(value: MoneyValue | null | undefined): string {
        if (!value) return '';
        const format = moneyFormat(value.currency);
        const digits = format.resolvedOptions().maximumFractionDigits ?? 2;
        return format.format(value.amount / 10 ** digits);
      },
      dateTime: (iso: string | null | undefined) => (iso ? dateTime.format(new Date(iso)) : ''),
      time: (iso: string | null | undefined) => (iso ? time.format(new Date(iso)) : ''),
      date: (iso: string | null | undefined) => (iso ? date.format(new Date(iso)) : ''),
      number: (value: number, options?: Intl.NumberFormatOptions) => new Intl.NumberFormat(locale, options).format(value),
    };
  }, [locale]);
}
