import { describe, expect, it } from 'vitest';
import { matchLanguage } from './languages';

describe('matchLanguage', () => {
  it.each([
    ['zh-TW', 'zh-TW'],
    ['zh-HK', 'zh-TW'],
    ['zh-Hant-TW', 'zh-TW'],
    ['zh-CN', 'zh-CN'],
    ['zh', 'zh-CN'],
    ['zh-Hans-SG', 'zh-CN'],
    ['ja-JP', 'ja'],
    ['en-GB', 'en'],
    ['fr-FR', null],
  ])('maps %s to %s', (tag, expected) => {
    expect(matchLanguage(tag)).toBe(expected);
  });
});
