import { describe, expect, it } from 'vitest';
import { normaliseHeader, splitFullName, suggestMapping, type MappingTarget } from './imports.mapping.js';

const contactKeys = [
  'firstName', 'lastName', 'fullName', 'displayName', 'email', 'emails', 'phone', 'phones', 'gender', 'birthday',
  'locale', 'timezone', 'addressCountry', 'addressCity', 'addressDistrict', 'addressPostcode', 'addressLine',
  'companyName', 'jobTitle', 'owner', 'source', 'lifecycleStage', 'tags', 'externalId', 'note',
];
// Labels as the product shows them; matching must not depend on them.
const contacts: MappingTarget[] = contactKeys.map((key) => ({ key, label: `Contact ${key}` }));
const companies: MappingTarget[] = [
  'name', 'domain', 'industry', 'size', 'taxId', 'addressCity', 'addressLine', 'owner', 'tags', 'externalId',
].map((key) => ({ key, label: `Company ${key}` }));

/** The target of each header when it is the only column. */
const alone = (targets: MappingTarget[], headers: string[]) =>
  Object.fromEntries(headers.map((h) => [h, suggestMapping([h], targets)[h]]));

describe('suggestMapping', () => {
  it('knows contact columns in English, Chinese and Japanese', () => {
    const expected: Record<string, string[]> = {
      fullName: ['姓名', '名前', '氏名', 'Name', 'Full name', '聯絡人'],
      lastName: ['姓', 'Last name', 'Surname', '苗字'],
      firstName: ['名', 'First name', 'firstName', 'Given name'],
      email: ['電子郵件', '電郵', 'Email', 'E-mail', 'メールアドレス', '邮箱', '电子邮件', 'Email Address', 'ＥＭＡＩＬ'],
      phone: ['手機', '手機號碼', '電話', '手机', '電話番号', '携帯', 'Mobile', 'Phone', 'Mobile phone number'],
      birthday: ['生日', '出生日期', '誕生日', 'Birthday', 'DOB', '生年月日'],
      gender: ['性別', '性别', 'Gender'],
      companyName: ['公司', '公司名稱', '会社名', 'Company'],
      jobTitle: ['職稱', '职位', '役職', 'Job title', 'Title'],
      tags: ['標籤', '标签', 'タグ', 'Tags'],
      addressLine: ['地址', '住所', 'Address', '公司地址', 'Mailing address'],
      addressCity: ['縣市', '城市', 'City', '都道府県'],
      addressPostcode: ['郵遞區號', '邮编', '郵便番号', 'Zip', 'Postcode', 'ZIP / Postal code'],
      externalId: ['ID', 'External ID', '會員編號', '会员编号', '顧客ID'],
      note: ['備註', '备注', '備考', 'Notes'],
    };
    for (const [key, headers] of Object.entries(expected)) {
      expect(alone(contacts, headers), key).toEqual(Object.fromEntries(headers.map((h) => [h, key])));
    }
  });

  it('knows company columns, tax ids included', () => {
    const headers = ['公司名稱', '統一編號', '網站', '產業', '員工數', '縣市', '負責業務'];
    expect(suggestMapping(headers, companies)).toEqual({
      公司名稱: 'name', 統一編號: 'taxId', 網站: 'domain', 產業: 'industry', 員工數: 'size', 縣市: 'addressCity', 負責業務: 'owner',
    });
    expect(alone(companies, ['統編', '法人番号', 'Tax ID', 'Company name'])).toEqual({
      統編: 'taxId', 法人番号: 'taxId', 'Tax ID': 'taxId', 'Company name': 'name',
    });
  });

  it('maps a realistic export, each target once, leaving unknown columns unmapped', () => {
    const headers = ['會員編號', '姓名', '姓名（フリガナ）', '電子郵件', 'Email (2)', '手機', '公司電話', '生日', '公司', '公司地址', '購買次數'];
    expect(suggestMapping(headers, contacts)).toEqual({
      會員編號: 'externalId',
      姓名: 'fullName',
      '姓名（フリガナ）': null,
      電子郵件: 'email',
      'Email (2)': 'emails',
      手機: 'phone',
      公司電話: 'phones',
      生日: 'birthday',
      公司: 'companyName',
      公司地址: 'addressLine',
      購買次數: null,
    });
  });

  it('gives a target to the header that matches it best, not the first', () => {
    expect(suggestMapping(['Customer full name', 'Name'], contacts)).toEqual({ 'Customer full name': null, Name: 'fullName' });
    expect(suggestMapping(['Customer full name'], contacts)).toEqual({ 'Customer full name': 'fullName' });
    // A weak match does not fall through to the plural target the way a second email does.
    expect(suggestMapping(['Phone type', 'Phone'], contacts)).toEqual({ 'Phone type': null, Phone: 'phone' });
    expect(suggestMapping(['Email', 'Email (2)', 'Email (3)'], contacts)).toEqual({ Email: 'email', 'Email (2)': 'emails', 'Email (3)': null });
  });

  it('matches custom fields by label and aliases, never by key', () => {
    const targets: MappingTarget[] = [
      ...contacts,
      { key: 'custom.vip_level', label: '會員等級', aliases: ['VIP level'] },
      { key: 'custom.f_8d2a', label: 'Newsletter' },
    ];
    expect(suggestMapping(['會員等級', 'f_8d2a', 'Email'], targets)).toEqual({
      會員等級: 'custom.vip_level',
      f_8d2a: null,
      Email: 'email',
    });
    expect(suggestMapping(['VIP Level', 'Newsletter'], targets)).toEqual({ 'VIP Level': 'custom.vip_level', Newsletter: 'custom.f_8d2a' });
  });

  it('normalises width, case, spaces and punctuation', () => {
    expect(normaliseHeader(' Ｅ－Ｍａｉｌ　Address ')).toBe('emailaddress');
    expect(normaliseHeader('電話（公司）')).toBe('電話公司');
  });
});

describe('splitFullName', () => {
  it('splits CJK names family name first', () => {
    expect(splitFullName('林美玲')).toEqual({ lastName: '林', firstName: '美玲' });
    expect(splitFullName('王芳')).toEqual({ lastName: '王', firstName: '芳' });
    expect(splitFullName('歐陽娜娜')).toEqual({ lastName: '歐陽', firstName: '娜娜' });
    expect(splitFullName('司马光')).toEqual({ lastName: '司马', firstName: '光' });
    expect(splitFullName('諸葛亮')).toEqual({ lastName: '諸葛', firstName: '亮' });
    expect(splitFullName('上官婉兒')).toEqual({ lastName: '上官', firstName: '婉兒' });
    expect(splitFullName('山田 太郎')).toEqual({ lastName: '山田', firstName: '太郎' });
    expect(splitFullName('山田　太郎')).toEqual({ lastName: '山田', firstName: '太郎' });
    expect(splitFullName('山田太郎')).toEqual({ lastName: '山田', firstName: '太郎' });
    expect(splitFullName('佐藤さくら')).toEqual({ lastName: '佐藤', firstName: 'さくら' });
    expect(splitFullName('林')).toEqual({ lastName: '林', firstName: '' });
  });

  it('splits Western names given name first, or last name first around a comma', () => {
    expect(splitFullName('Ada Lovelace')).toEqual({ firstName: 'Ada', lastName: 'Lovelace' });
    expect(splitFullName('Lovelace, Ada')).toEqual({ firstName: 'Ada', lastName: 'Lovelace' });
    expect(splitFullName('  Mary  Ann   Evans ')).toEqual({ firstName: 'Mary Ann', lastName: 'Evans' });
    expect(splitFullName('Ludwig van Beethoven')).toEqual({ firstName: 'Ludwig', lastName: 'van Beethoven' });
    expect(splitFullName('ジョン・スミス')).toEqual({ firstName: 'ジョン', lastName: 'スミス' });
    expect(splitFullName('Cher')).toEqual({ firstName: 'Cher', lastName: '' });
    expect(splitFullName('')).toEqual({ firstName: '', lastName: '' });
  });
});
