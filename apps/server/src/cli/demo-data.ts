/** Realistic sample people for `rapport demo`: half Taiwanese (zh-TW), half English-speaking. */
const twSurnames = ['陳', '林', '黃', '張', '李', '王', '吳', '劉', '蔡', '楊', '許', '鄭', '謝', '郭', '洪'];
const twGiven = ['怡君', '志明', '淑芬', '家豪', '雅婷', '冠宇', '美玲', '俊傑', '宜蓁', '承恩', '佳穎', '柏翰', '詩涵', '宗翰', '欣怡'];
const enFirst = ['Emma', 'Liam', 'Olivia', 'Noah', 'Ava', 'James', 'Sophia', 'Lucas', 'Mia', 'Ethan', 'Grace', 'Henry'];
const enLast = ['Smith', 'Johnson', 'Brown', 'Taylor', 'Wilson', 'Clarke', 'Walker', 'Wright', 'Hughes', 'Baker'];
const twTags = ['VIP', '電子報', '回購客', '台北', '台中', '高雄', '潛在客戶', '批發'];
const enTags = ['VIP', 'newsletter', 'repeat buyer', 'wholesale', 'prospect', 'London', 'New York'];
const romanised: Record<string, string> = { 陳: 'chen', 林: 'lin', 黃: 'huang', 張: 'chang', 李: 'lee', 王: 'wang', 吳: 'wu', 劉: 'liu', 蔡: 'tsai', 楊: 'yang', 許: 'hsu', 鄭: 'cheng', 謝: 'hsieh', 郭: 'kuo', 洪: 'hung' };

/** A small deterministic generator, so every demo load looks the same. */
function rng(seed: number) {
  let s = seed;
  return () => {
    s = (s * 1664525 + 1013904223) % 4294967296;
    return s / 4294967296;
  };
}

export interface DemoContact {
  firstName: string;
  lastName: string;
  email: string;
  phone: string;
  tags: string[];
}

export function demoContacts(n: number, seed = 42): DemoContact[] {
  const r = rng(seed);
  const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)]!;
  const tagsFrom = (xs: string[]) => [...new Set([pick(xs), ...(r() < 0.4 ? [pick(xs)] : [])])];
  const digits = (k: number) => Array.from({ length: k }, () => Math.floor(r() * 10)).join('');
  return Array.from({ length: n }, (_, i) => {
    if (i % 2 === 0) {
      const last = pick(twSurnames);
      return {
        firstName: pick(twGiven),
        lastName: last,
        email: `${romanised[last]}.${digits(4)}@example.com.tw`,
        phone: `+886 9${digits(2)} ${digits(3)} ${digits(3)}`,
        tags: tagsFrom(twTags),
      };
    }
    const first = pick(enFirst);
    const last = pick(enLast);
    return {
      firstName: first,
      lastName: last,
      email: `${first}.${last}${digits(2)}@example.com`.toLowerCase(),
      // UK mobiles: 07 then 4 (a valid range for every digit that follows), so every number parses.
      phone: `+44 74${digits(2)} ${digits(6)}`,
      tags: tagsFrom(enTags),
    };
  });
}
