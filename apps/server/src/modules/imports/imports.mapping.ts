import { builtInAliases, pluralOf, readingMarkers } from './imports.aliases.js';

/** A field a column can be imported into. Custom fields have keys starting `custom.`. */
export interface MappingTarget {
  key: string;
  label: string;
  aliases?: string[];
}

/** Case, width, spaces and punctuation folded: `E-mail`, `ＥＭＡＩＬ` and ` email ` are all `email`. */
export function normaliseHeader(s: string): string {
  return s.normalize('NFKC').toLowerCase().replace(/[\p{P}\p{S}\p{Z}\p{Cc}]+/gu, '');
}

/** The Latin words of a header, camelCase split: `firstName` and `First name` are both first, name. */
function latinWords(s: string): string[] {
  return s.normalize('NFKC').replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase().match(/[a-z0-9]+/g) ?? [];
}

interface Phrase {
  norm: string;
  /** Latin phrases match whole words inside a header; others (CJK) any substring. */
  words: string[] | null;
  weight: number;
}

/** Scores: an exact match is worth its phrase's weight; a phrase inside a longer header less. */
const weights = { label: 100, builtIn: 95, plural: 80 };
const threshold = 50;

function phrase(text: string, weight: number): Phrase {
  const norm = normaliseHeader(text);
  return { norm, words: /^[a-z0-9]+$/.test(norm) ? latinWords(text) : null, weight };
}

function phrasesOf(target: MappingTarget): Phrase[] {
  const own = [target.label, ...(target.aliases ?? [])].map((t) => phrase(t, weights.label));
  // A custom field is known by its label alone; its key is an internal name.
  if (target.key.startsWith('custom.')) return own;
  const singular = Object.keys(pluralOf).find((k) => pluralOf[k] === target.key);
  return [
    ...own,
    ...[target.key, ...(builtInAliases[target.key] ?? [])].map((t) => phrase(t, weights.builtIn)),
    ...(singular ? [singular, ...(builtInAliases[singular] ?? [])].map((t) => phrase(t, weights.plural)) : []),
  ].filter((p) => p.norm !== '');
}

interface Header {
  norm: string;
  words: string[];
  length: number;
  /** A furigana or pinyin column: matches only exactly. */
  reading: boolean;
}

function prepare(header: string): Header {
  const norm = normaliseHeader(header);
  const reading = readingMarkers.some((m) => norm.includes(m));
  return { norm, words: latinWords(header), length: [...norm].length, reading };
}

function indexOfRun(words: string[], run: string[]): number {
  for (let i = 0; i + run.length <= words.length; i++) {
    if (run.every((w, j) => words[i + j] === w)) return i;
  }
  return -1;
}

function score(header: Header, p: Phrase): number {
  if (header.norm === '') return 0;
  if (header.norm === p.norm) return p.weight;
  if (header.reading) return 0;
  const length = [...p.norm].length;
  let at: number;
  let suffix: boolean;
  if (p.words) {
    at = indexOfRun(header.words, p.words);
    suffix = at >= 0 && at + p.words.length === header.words.length;
  } else {
    // One CJK character (姓, 名, 市) is in too many headers to mean anything inside one.
    if (length < 2) return 0;
    at = header.norm.indexOf(p.norm);
    suffix = header.norm.endsWith(p.norm);
  }
  if (at < 0) return 0;
  // The more of the header the phrase covers the better; the head noun comes last in English and
  // in CJK compounds alike (公司電話 is a phone, Company phone too).
  return p.weight - 55 + (40 * length) / header.length + (suffix ? 10 : 0);
}

/**
 * A target for each column header, or null. Every header is scored against every target's label,
 * aliases and the built-in aliases (imports.aliases.ts); the best pairs are taken first, and each
 * target goes to one header at most. Headers must be unique, as readTable returns them.
 */
export function suggestMapping(headers: string[], targets: MappingTarget[]): Record<string, string | null> {
  const prepared = headers.map(prepare);
  const pairs: { h: number; t: number; score: number }[] = [];
  targets.forEach((target, t) => {
    const phrases = phrasesOf(target);
    prepared.forEach((header, h) => {
      const best = Math.max(0, ...phrases.map((p) => score(header, p)));
      if (best >= threshold) pairs.push({ h, t, score: best });
    });
  });
  pairs.sort((a, b) => b.score - a.score || a.h - b.h || a.t - b.t);
  const chosen: (string | null)[] = headers.map(() => null);
  const taken = new Set<number>();
  for (const { h, t } of pairs) {
    if (chosen[h] !== null || taken.has(t)) continue;
    chosen[h] = targets[t]!.key;
    taken.add(t);
  }
  return Object.fromEntries(headers.map((h, i) => [h, chosen[i]!]));
}

/** Two-character Chinese surnames, kept whole when splitting a name (Traditional and Simplified). */
const compoundSurnames = new Set(
  ('歐陽 欧阳 司馬 司马 諸葛 诸葛 上官 司徒 東方 东方 皇甫 尉遲 尉迟 公孫 公孙 慕容 長孫 长孙 夏侯 ' +
    '軒轅 轩辕 令狐 宇文 澹臺 澹台 端木 獨孤 独孤 南宮 南宫 西門 西门 張簡 张简 范姜 呼延 赫連 赫连 ' +
    '申屠 鍾離 钟离 聞人 闻人 司空 淳于 單于 单于 濮陽 濮阳 公羊 左丘 東郭 东郭 百里 拓跋').split(' '),
);

const particles = new Set(['van', 'von', 'de', 'der', 'den', 'da', 'di', 'del', 'della', 'dos', 'du', 'la', 'le', 'ter']);

/**
 * A full name as first and last name. CJK names put the family name first: `山田 太郎` splits at
 * the space; `林美玲` after one character, or two for a compound surname (歐陽娜娜) and for
 * four-character names (山田太郎, or 陳林美玲 with a spouse's surname); a Han surname followed by
 * kana at the kana. Longer Japanese surnames written without a space (長谷川健一) come out wrong;
 * the import shows the split for review. `Lovelace, Ada` is last name first; `Ada Lovelace` and
 * `ジョン・スミス` are given name first, and `Ludwig van Beethoven` keeps `van Beethoven` together.
 */
export function splitFullName(full: string): { firstName: string; lastName: string } {
  const name = full.normalize('NFKC').trim().replace(/\s+/g, ' ');
  const comma = name.indexOf(',');
  if (comma > 0) return { firstName: name.slice(comma + 1).trim(), lastName: name.slice(0, comma).trim() };
  const dot = name.search(/[・·]/);
  if (dot > 0 && !name.includes(' ')) return { firstName: name.slice(0, dot), lastName: name.slice(dot + 1) };
  if (/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(name)) {
    const space = name.indexOf(' ');
    if (space > 0) return { firstName: name.slice(space + 1), lastName: name.slice(0, space) };
    const kana = /^(\p{Script=Han}+)([\p{Script=Hiragana}\p{Script=Katakana}ー]+)$/u.exec(name);
    if (kana) return { firstName: kana[2]!, lastName: kana[1]! };
    const chars = [...name];
    const surname = chars.length >= 3 && compoundSurnames.has(chars[0]! + chars[1]!) ? 2 : chars.length >= 4 ? 2 : 1;
    return { firstName: chars.slice(surname).join(''), lastName: chars.slice(0, surname).join('') };
  }
  const words = name.split(' ').filter(Boolean);
  if (words.length < 2) return { firstName: name, lastName: '' };
  let last = words.length - 1;
  while (last > 1 && particles.has(words[last - 1]!)) last--;
  return { firstName: words.slice(0, last).join(' '), lastName: words.slice(last).join(' ') };
}
