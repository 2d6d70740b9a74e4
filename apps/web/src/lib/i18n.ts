import i18n from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { initReactI18next } from 'react-i18next';
import { namespaces, resources } from '../locales';
import { LANGUAGE_STORAGE_KEY, isLanguageCode, languageCodes, matchLanguage, type LanguageCode } from './languages';

const detector = new LanguageDetector();
// The stock navigator detector would turn zh-HK into an unsupported tag; map it ourselves.
detector.addDetector({
  name: 'rapportNavigator',
  lookup: () => {
    const tags = typeof navigator === 'undefined' ? [] : [...(navigator.languages ?? []), navigator.language];
    for (const tag of tags) {
      const match = tag ? matchLanguage(tag) : null;
      if (match) return match;
    }
    return undefined;
  },
});

function syncHtmlLang(lng: string) {
  document.documentElement.lang = lng;
}

i18n.on('languageChanged', syncHtmlLang);

void i18n
  .use(detector)
  .use(initReactI18next)
  .init({
    resources,
    ns: namespaces,
    defaultNS: 'common',
    supportedLngs: languageCodes,
    fallbackLng: 'en',
    load: 'currentOnly',
    interpolation: { escapeValue: false },
    react: { useSuspense: false },
    detection: {
      order: ['localStorage', 'rapportNavigator'],
      lookupLocalStorage: LANGUAGE_STORAGE_KEY,
      // Only an explicit choice is remembered (see setLanguage), so the browser default keeps applying until then.
      caches: [],
    },
  });

/** The current interface language, always one of the supported codes. */
export function currentLanguage(): LanguageCode {
  const lng = i18n.resolvedLanguage ?? i18n.language;
  return lng && isLanguageCode(lng) ? lng : 'en';
}

/** Switches the interface language and remembers the choice. */
export function setLanguage(lng: LanguageCode) {
  try {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, lng);
  } catch {
    // Private mode or blocked storage: the choice lasts for this page only.
  }
  void i18n.changeLanguage(lng);
}

export default i18n;
