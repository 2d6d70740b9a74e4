import { describe, expect, it } from 'vitest';
import { initials } from './NameAvatar';

describe('initials', () => {
  it.each([
    ['Grace Hopper', 'GH'],
    ['linus', 'L'],
    ['林美玲', '林'],
    ['山田 太郎', '山'],
    ['grace@navy.mil', 'GN'],
    ['Analytical 公司', 'A公'],
  ])('%s → %s', (name, expected) => {
    expect(initials(name)).toBe(expected);
  });
});
