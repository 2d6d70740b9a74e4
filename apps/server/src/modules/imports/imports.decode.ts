import { isUtf8 } from 'node:buffer';
import { analyse } from 'chardet';
import iconv from 'iconv-lite';
import { cjkCodec, maxPoints, plausibility, type CjkEncoding } from './imports.cjk.js';

/** The encodings an import file may be in: what Excel and spreadsheet apps in our locales write. */
export const SUPPORTED_ENCODINGS = ['utf-8', 'utf-16le', 'utf-16be', 'big5', 'gbk', 'shift_jis'] as const;
export type SupportedEncoding = (typeof SUPPORTED_ENCODINGS)[number];

export interface DetectedEncoding {
  encoding: SupportedEncoding;
  hasBom: boolean;
  /** 0–1. 1 for a byte order mark or valid UTF-8; for the legacy encodings, how clearly one won. */
  confidence: number;
}

const codecs: Record<SupportedEncoding, string> = {
  'utf-8': 'utf8',
  'utf-16le': 'utf16le',
  'utf-16be': 'utf16be',
  ...cjkCodec,
};

const boms: [SupportedEncoding, number[]][] = [
  ['utf-8', [0xef, 0xbb, 0xbf]],
  ['utf-16le', [0xff, 0xfe]],
  ['utf-16be', [0xfe, 0xff]],
];

function bomOf(buf: Uint8Array): { encoding: SupportedEncoding; length: number } | null {
  for (const [encoding, bytes] of boms) {
    if (bytes.every((b, i) => buf[i] === b)) return { encoding, length: bytes.length };
  }
  return null;
}

/** Bytes scored per candidate: enough for hundreds of rows, without decoding a large file three times. */
const sampleSize = 64 * 1024;

/**
 * UTF-16 without a byte order mark: ASCII characters (delimiters, digits, newlines) put a zero byte
 * at every other position, which text in any other encoding never has.
 */
function utf16WithoutBom(buf: Uint8Array): SupportedEncoding | null {
  const pairs = Math.min(buf.length, 4096) >> 1;
  if (pairs < 2) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < pairs * 2; i += 2) {
    if (buf[i] === 0) evenZeros++;
    if (buf[i + 1] === 0) oddZeros++;
  }
  if (oddZeros > pairs * 0.2 && evenZeros < pairs * 0.02) return 'utf-16le';
  if (evenZeros > pairs * 0.2 && oddZeros < pairs * 0.02) return 'utf-16be';
  return null;
}

/**
 * The part of the file worth scoring: from the first line with a non-ASCII byte (English headers and
 * rows before it say nothing), cut after a newline so no character is split at the end. Line starts
 * are safe cut points: no byte of a double-byte character in these encodings is a newline.
 */
function sampleOf(buf: Uint8Array): Uint8Array {
  let first = 0;
  while (first < buf.length && buf[first]! < 0x80) first++;
  const start = first === buf.length ? 0 : buf.lastIndexOf(0x0a, first) + 1;
  const end = Math.min(buf.length, start + sampleSize);
  if (end === buf.length) return buf.subarray(start);
  const lastNewline = buf.lastIndexOf(0x0a, end - 1);
  return buf.subarray(start, lastNewline > start ? lastNewline + 1 : end);
}

/** chardet's names for the candidates; its confidence breaks near-ties between them. */
const chardetNames: Record<string, CjkEncoding> = { Big5: 'big5', GB18030: 'gbk', Shift_JIS: 'shift_jis' };

/**
 * Scores the sample in each candidate encoding (see imports.cjk.ts): chardet's guess alone mixes up
 * Big5, GBK and Shift_JIS on short files, so it only adds up to one point to the candidate it names.
 * UTF-8 competes too, for a UTF-8 file with a few broken bytes.
 */
function bestLegacy(buf: Uint8Array): DetectedEncoding {
  const sample = sampleOf(buf);
  const hints = new Map<string, number>();
  for (const m of analyse(sample)) {
    const name = chardetNames[m.name];
    if (name && !hints.has(name)) hints.set(name, m.confidence / 100);
  }
  const candidates = (['big5', 'gbk', 'shift_jis', 'utf-8'] as const).map((encoding) => {
    const { score, chars } = plausibility(decodeText(sample, encoding), encoding);
    return { encoding, score: score + (hints.get(encoding) ?? 0), chars };
  });
  candidates.sort((a, b) => b.score - a.score);
  const [best, second] = candidates as [(typeof candidates)[number], (typeof candidates)[number]];
  const scale = Math.max(1, best.chars * maxPoints);
  // Half from how well the winner reads, half from how far ahead of the runner-up it is.
  const quality = Math.min(1, Math.max(0, best.score / scale));
  const margin = Math.min(1, Math.max(0, ((best.score - second.score) / scale) * 2));
  return { encoding: best.encoding, hasBom: false, confidence: Math.round((quality + margin) * 50) / 100 };
}

/**
 * The encoding of an import file: a byte order mark decides; then UTF-16 without a mark; then
 * UTF-8 if the bytes are valid UTF-8 (plain ASCII included); else the legacy encoding whose decoding
 * reads best. Pass `forced` when the user picked the encoding in the import wizard.
 */
export function detectEncoding(buf: Uint8Array, forced?: SupportedEncoding): DetectedEncoding {
  const bom = bomOf(buf);
  if (forced) return { encoding: forced, hasBom: bom?.encoding === forced, confidence: 1 };
  if (bom) return { encoding: bom.encoding, hasBom: true, confidence: 1 };
  // Before the UTF-8 check: zero bytes are valid UTF-8, and UTF-16 text is full of them.
  const utf16 = utf16WithoutBom(buf);
  if (utf16) return { encoding: utf16, hasBom: false, confidence: 0.8 };
  if (isUtf8(buf)) return { encoding: 'utf-8', hasBom: false, confidence: 1 };
  return bestLegacy(buf);
}

/** The file's text, without its byte order mark. Bytes invalid in `encoding` become U+FFFD. */
export function decodeText(buf: Uint8Array, encoding: SupportedEncoding): string {
  const bom = bomOf(buf);
  const body = bom?.encoding === encoding ? buf.subarray(bom.length) : buf;
  return iconv.decode(body, codecs[encoding], { stripBOM: false });
}

const aliases: Record<string, SupportedEncoding> = {
  utf8: 'utf-8',
  utf8bom: 'utf-8',
  utf16le: 'utf-16le',
  utf16be: 'utf-16be',
  unicode: 'utf-16le',
  big5: 'big5',
  cp950: 'big5',
  big5hkscs: 'big5',
  gbk: 'gbk',
  gb2312: 'gbk',
  gb18030: 'gbk',
  cp936: 'gbk',
  shiftjis: 'shift_jis',
  sjis: 'shift_jis',
  cp932: 'shift_jis',
  windows31j: 'shift_jis',
};

/** An encoding name as a user or a CLI flag might write it (UTF8, cp950, Shift-JIS …), or null. */
export function parseEncoding(name: string): SupportedEncoding | null {
  return aliases[name.toLowerCase().replace(/[^a-z0-9]/g, '')] ?? null;
}
