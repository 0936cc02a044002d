/** The languages the app speaks; the first is the fallback. */
export const LANGUAGES = [
  { code: 'en', name: 'English' },
  { code: 'pt-BR', name: 'Português (Brasil)' },
  { code: 'fr', name: 'Français' },
] as const;

export type LanguageCode = (typeof LANGUAGES)[number]['code'];

/** One JSON file per area and language under locales/<code>/<namespace>.json. */
export const NAMESPACES = [
  'common',
  'customer',
  'kitchen',
  'courier',
  'partner',
  'admin',
  'map',
  'notifications',
  'menu-sections',
  'coupons',
  'kiosk',
] as const;
export type Namespace = (typeof NAMESPACES)[number];
