/**
 * Column headers that mean each import target, in English, Traditional Chinese, Simplified Chinese
 * and Japanese, as CRMs, spreadsheets and e-commerce back offices in those markets export them.
 * Matching folds case, width, spaces and punctuation (see normaliseHeader), so `E-mail`, `EMAIL`
 * and `Ｅｍａｉｌ` need one entry. Words that mean different things in different places are left out
 * on purpose: 名字 is a full name in Chinese but a family name in Japanese; State and Province
 * have no target. An unmatched column is one the user maps by hand; a wrong match is worse.
 */
export const builtInAliases: Record<string, string[]> = {
  // Contacts
  fullName: [
    'name', 'full name', 'contact name', 'contact', 'customer name', 'client name',
    '姓名', '全名', '聯絡人', '聯絡人姓名', '客戶姓名', '顧客姓名', '會員姓名',
    '联系人', '联系人姓名', '客户姓名', '会员姓名',
    '名前', '氏名', 'お名前', '顧客名', '担当者名',
  ],
  firstName: ['first name', 'given name', 'forename', 'fname', '名', '下の名前'],
  lastName: ['last name', 'surname', 'family name', 'lname', '姓', '姓氏', '氏', '苗字'],
  displayName: [
    'display name', 'nickname', 'preferred name', 'alias',
    '暱稱', '顯示名稱', '稱呼', '昵称', '显示名称', '称呼', 'ニックネーム', '表示名', '呼び名',
  ],
  email: [
    'email', 'email address', 'mail', 'e-mail address', 'primary email',
    '電子郵件', '電子郵件地址', '電子信箱', '電郵', '信箱', '郵件', '郵件地址', 'email信箱',
    '电子邮件', '电子邮箱', '邮箱', '邮件', '邮箱地址', '邮件地址',
    'メール', 'メールアドレス', 'eメール', '電子メール',
  ],
  emails: [
    'emails', 'email 2', 'secondary email', 'other email', 'other emails', 'additional emails',
    '其他電子郵件', '電子郵件2', '其他邮箱', '邮箱2', 'メールアドレス2', 'その他のメール',
  ],
  phone: [
    'phone', 'mobile', 'mobile phone', 'cell', 'cell phone', 'tel', 'telephone', 'phone number', 'mobile number',
    'work phone', 'home phone',
    '手機', '手機號碼', '行動電話', '電話', '電話號碼', '聯絡電話', '公司電話', '市話', '住家電話',
    '手机', '手机号', '手机号码', '电话', '电话号码', '联系电话', '办公电话', '固定电话',
    '電話番号', '携帯', '携帯電話', '携帯番号', '連絡先電話番号', '自宅電話', '会社電話',
  ],
  phones: [
    'phones', 'phone 2', 'other phone', 'other phones', 'secondary phone', 'additional phones',
    '其他電話', '電話2', '其他电话', '电话2', '電話番号2', 'その他の電話',
  ],
  gender: ['gender', 'sex', '性別', '性别'],
  birthday: [
    'birthday', 'birth date', 'date of birth', 'dob', 'birthdate',
    '生日', '出生日期', '出生年月日', '生年月日', '誕生日',
  ],
  locale: ['locale', 'language', 'preferred language', '語言', '偏好語言', '语言', '言語', '使用言語'],
  timezone: ['time zone', 'tz', '時區', '时区', 'タイムゾーン'],
  addressCountry: ['country', 'country region', 'nation', '國家', '國家地區', '国家', '国家地区', '国', '国地域', '国名'],
  addressCity: ['city', 'town', '縣市', '城市', '市', '縣', '都道府県', '県'],
  addressDistrict: ['district', '區', '鄉鎮市區', '鄉鎮', '行政區', '区', '区县', '市区町村'],
  addressPostcode: [
    'zip', 'zip code', 'postcode', 'postal code', 'post code',
    '郵遞區號', '郵政編碼', '郵遞區號3+2', '邮编', '邮政编码', '郵便番号',
  ],
  addressLine: [
    'address', 'street', 'street address', 'address line', 'address line 1', 'address 1',
    '地址', '住址', '通訊地址', '聯絡地址', '詳細地址', '通讯地址', '联系地址', '详细地址',
    '住所', '番地', '所在地',
  ],
  companyName: [
    'company', 'company name', 'organization', 'organisation', 'employer', 'account name',
    '公司', '公司名稱', '服務單位', '單位', '公司名称', '单位', '工作单位',
    '会社', '会社名', '勤務先', '企業名', '所属',
  ],
  jobTitle: [
    'job title', 'title', 'position', 'job position',
    '職稱', '職位', '職務', '职称', '职位', '职务', '役職', '肩書', '肩書き',
  ],
  owner: [
    'owner', 'contact owner', 'account owner', 'assigned to', 'sales rep', 'salesperson',
    '負責人', '負責業務', '業務負責人', '负责人', '业务员', '担当', '担当者', '所有者',
  ],
  source: ['source', 'lead source', 'channel', '來源', '名單來源', '来源', '客户来源', '流入元', '獲得経路', 'ソース'],
  lifecycleStage: [
    'lifecycle stage', 'stage', 'status', 'lead status',
    '階段', '客戶階段', '生命週期階段', '狀態', '阶段', '客户阶段', '状态', 'ステージ', 'ステータス', '顧客ステージ',
  ],
  tags: ['tags', 'tag', 'labels', 'label', '標籤', '標記', '标签', 'タグ', 'ラベル'],
  externalId: [
    'id', 'external id', 'customer id', 'contact id', 'member id', 'member number', 'record id',
    '會員編號', '客戶編號', '編號', '会员编号', '客户编号', '编号', '顧客id', '顧客番号', '会員番号', '会員id',
  ],
  note: [
    'note', 'notes', 'remark', 'remarks', 'comment', 'comments', 'memo', 'description',
    '備註', '註記', '說明', '备注', '说明', '備考', 'メモ', 'コメント',
  ],
  // Companies (plus the shared address, owner, tags and externalId keys)
  name: [
    'name', 'company', 'company name', 'organization', 'organisation', 'account name',
    '公司', '公司名稱', '名稱', '客戶名稱', '公司名称', '名称', '客户名称', '会社名', '企業名', '法人名', '社名',
  ],
  domain: ['domain', 'website', 'web site', 'url', 'homepage', '網站', '網址', '網域', '网站', '网址', '域名', 'ウェブサイト', 'ホームページ'],
  industry: ['industry', 'sector', '產業', '產業別', '行業', '产业', '行业', '業種', '業界'],
  size: [
    'size', 'company size', 'employees', 'number of employees', 'headcount',
    '規模', '員工數', '員工人數', '规模', '员工数', '员工人数', '従業員数', '社員数',
  ],
  taxId: [
    'tax id', 'vat', 'vat number', 'tax number', 'ein', 'business number',
    '統一編號', '統編', '统一社会信用代码', '税号', '纳税人识别号', '法人番号', '登録番号',
  ],
};

/** A second email or phone goes to the plural target when the singular one is taken. */
export const pluralOf: Record<string, string> = { email: 'emails', phone: 'phones' };

/**
 * Headers naming a reading of the name (furigana, pinyin), not the name: they never match by a
 * word they contain, only exactly.
 */
export const readingMarkers = ['フリガナ', 'ふりがな', 'カナ', 'よみ', 'ヨミ', '読み', '拼音', '注音', 'furigana', 'kana', 'pinyin', 'romaji'];
