import i18next, { type Resource } from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { initReactI18next } from 'react-i18next';
import { LANGUAGES, NAMESPACES } from './languages';

// Every area's strings in every language, bundled: a few kilobytes, and no flash of keys
// while a translation file loads.
const files = import.meta.glob<Record<string, unknown>>('./locales/*/*.json', { eager: true, import: 'default' });

function resources(): Resource {
  const all: Resource = {};
  for (const [path, strings] of Object.entries(files)) {
    const [, language, namespace] = /\.\/locales\/([^/]+)\/([^/]+)\.json$/.exec(path) ?? [];
    if (!language || !namespace) continue;
    (all[language] ??= {})[namespace] = strings;
  }
  return all;
}

/**
 * The browser's language picks the app's (pt-BR, fr, else English); the switcher's choice is
 * remembered in localStorage and wins from then on. `<html lang>` follows, for screen readers.
 */
export async function setupI18n(): Promise<typeof i18next> {
  await i18next
    .use(LanguageDetector)
    .use(initReactI18next)
    .init({
      resources: resources(),
      supportedLngs: LANGUAGES.map((l) => l.code),
      // "pt" (a browser set to Portuguese of Portugal, say) reads pt-BR rather than English.
      fallbackLng: { pt: ['pt-BR'], default: ['en'] },
      nonExplicitSupportedLngs: false,
      load: 'currentOnly',
      ns: [...NAMESPACES],
      defaultNS: 'common',
      interpolation: { escapeValue: false }, // React escapes
      detection: { order: ['localStorage', 'navigator'], lookupLocalStorage: 'foodgraph.language', caches: ['localStorage'] },
      returnNull: false,
      // No console advertisement in every visitor's browser.
      showSupportNotice: false,
    });
  const follow = (language: string) => document.documentElement.setAttribute('lang', language);
  follow(i18next.resolvedLanguage ?? 'en');
  i18next.on('languageChanged', () => follow(i18next.resolvedLanguage ?? 'en'));
  return i18next;
}
