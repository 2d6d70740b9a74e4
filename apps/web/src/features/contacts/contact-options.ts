/** Language tags offered for a contact's locale; a contact's own tag is added when not listed. */
const localeTags = ['zh-TW', 'zh-HK', 'zh-CN', 'ja', 'ko', 'en', 'en-US', 'en-GB', 'th', 'vi', 'id', 'ms', 'fil', 'fr', 'de', 'es', 'pt-BR', 'it', 'nl', 'ru', 'ar', 'hi'];

/** "繁體中文（台灣） (zh-TW)" in the reader's language; a tag Intl can't read shows as it is. */
export function languageName(lng: string, tag: string): string {
  try {
    return `${new Intl.DisplayNames([lng], { type: 'language' }).of(tag) ?? tag} (${tag})`;
  } catch {
    return tag;
  }
}

export function localeOptions(lng: string, current: string | null) {
  const tags = current && !localeTags.includes(current) ? [current, ...localeTags] : localeTags;
  return tags.map((tag) => ({ value: tag, label: languageName(lng, tag) }));
}

let zones: { value: string; label: string }[] | null = null;

function offsetOf(zone: string): string {
  try {
    const part = new Intl.DateTimeFormat('en', { timeZone: zone, timeZoneName: 'shortOffset' })
      .formatToParts(new Date())
      .find((p) => p.type === 'timeZoneName');
    return part?.value ?? '';
  } catch {
    return '';
  }
}

/** Every IANA time zone the browser knows, labelled with its current UTC offset. Built once. */
export function timezoneOptions(current: string | null) {
  zones ??= Intl.supportedValuesOf('timeZone').map((zone) => ({ value: zone, label: `${zone.replace(/_/g, ' ')} (${offsetOf(zone)})` }));
  return current && !zones.some((z) => z.value === current) ? [{ value: current, label: current }, ...zones] : zones;
}
