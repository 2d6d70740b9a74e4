/** The interface languages, labelled with their native names. */
export const languages = [
  { code: 'en', label: 'English' },
  { code: 'zh-TW', label: '繁體中文' },
  { code: 'zh-CN', label: '简体中文' },
  { code: 'ja', label: '日本語' },
] as const;

export type LanguageCode = (typeof languages)[number]['code'];
export const languageCodes: LanguageCode[] = languages.map((l) => l.code);
export const LANGUAGE_STORAGE_KEY = 'rapport.language';

/**
 * Maps a BCP 47 tag to a supported language. Traditional Chinese regions (TW, HK, MO)
 * and script tags (Hant) get zh-TW; other Chinese gets zh-CN.
 */
export function matchLanguage(tag: string): LanguageCode | null {
  const t = tag.toLowerCase();
  if (t.startsWith('zh')) return /hant|-tw|-hk|-mo/.test(t) ? 'zh-TW' : 'zh-CN';
  if (t.startsWith('ja')) return 'ja';
  if (t.startsWith('en')) return 'en';
  return null;
}

export const isLanguageCode = (v: string): v is LanguageCode => (languageCodes as string[]).includes(v);
