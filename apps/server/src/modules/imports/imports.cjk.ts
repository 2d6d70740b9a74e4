import iconv from 'iconv-lite';

/*
 * Telling Big5, GBK and Shift_JIS apart. A short sample often decodes without a single error in
 * more than one of them (most GBK byte pairs are valid Big5 and the reverse), so validity alone
 * cannot decide: the right decoding is the one that reads as ordinary text. Two signals, both cheap:
 *  - a few hundred characters that CRM data is mostly made of (the most frequent characters of
 *    running text, plus common surnames, given-name characters, places and business words); a
 *    wrong decoding lands on characters spread over the whole code table, few of them in this list;
 *  - each table's own block of frequently used characters (Big5 level 1, GB2312 level 1, JIS X 0208
 *    level 1), read out of iconv-lite's tables rather than copied here.
 * The Traditional list is the Simplified one converted with OpenCC (cn → tw), plus Taiwanese places
 * and given-name characters.
 */

export type CjkEncoding = 'big5' | 'gbk' | 'shift_jis';

/** iconv-lite codecs: the Windows code pages, a superset of each standard, are what Excel writes. */
export const cjkCodec: Record<CjkEncoding, string> = { big5: 'cp950', gbk: 'gb18030', shift_jis: 'cp932' };

const traditional =
  '的一是不了人我在有他這中大來上國個到說們為子和你地出道也時年得就那要下以生會自著去之過家學對可她裡後' +
  '小麼心多天而能好都然沒日於起還發成事只作當想看文無開手十用主行方又如前所本見經頭面公同三已老從動兩長' +
  '知民樣現分將外但身些與高意進把法此實回二理美點月明其種聲全工己話兒者向情部正名定女問力機給等幾很業最' +
  '間新什打便位因重被走電四第門相次東政海口使教西再平真聽世氣信北少關並內加化由卻代軍產入先山五太水萬市' +
  '眼體別處總才場師書比住員九笑性通目華報立馬命張活難神數件安表原車白應路期叫死常提感金何更反合放做系計' +
  '或司利受光王果親界及今京務制解各任至清物臺象記邊共風戰幹接它許八特覺望直服毛林題建南度統色字請交愛讓' +
  '認算論百吃義科怎元社術結六功指思非流每青管夫連遠資隊跟帶花快條院變聯言權往展該領傳近留紅治決周保達辦' +
  '運武半候七必城父強步完革深區即求品士轉量空甚眾技輕程告江語英基派滿式李息寫呢識極令黑土阿片始歲講足收' +
  '備視觀專病究調示形石持價怕村設斷黃錢油單照低錯幫姐剛急朝坐號階嗎規護層弟火狀府廣遊協證團議拿河參歌興' +
  '克據隨春施寶確選須官易食故農待警支板劉陳楊趙吳徐孫朱胡郭羅鄭梁謝宋唐韓馮鄧曹彭曾肖田董袁潘蔣蔡餘杜葉' +
  '蘇魏呂丁沈姚盧姜崔鍾譚陸汪範廖賈夏韋付鄒孟熊秦邱尹薛閆段雷侯龍史陶黎賀顧郝龔邵嚴覃戴莫孔湯洪詹賴莊柯' +
  '翁蕭顏卓溫塗簡歐陽諸葛偉芳娜敏靜麗磊洋勇豔傑娟濤超秀霞桂玉萍蘭梅莉琳雪燕鵬飛波斌宇浩凱健俊峰輝晨婷倩' +
  '穎欣怡佳慧丹晶璐瑤琪嘉鑫博誌慶秋冬梓軒涵睿詩雨萱玲淑芬惠珍貞雅君佩珊宏翰豪瑋妤瑜彥廷育維德仁禮智忠孝' +
  '寧康泰祥福壽喜樂榮昌盛貴珠琴瑞雲霖霜露虹彤曉薇蓉芝菁瑩璇琦瑾婉嬌媛妮亮鴻翔毅哲昊墨津圳州杭漢沙島廈浙' +
  '湖川陝甘肅遼吉徽灣香港澳縣鎮鄉街樓室棟巷弄鄰省澱浦限股份集際貿網絡軟諮詢投控銀險券醫校造商監助銷售財' +
  '源客戶郵箱址站注男職稱標籤態編姓呼微賬訂項志台里筑冠宗鈺雯綺詠柏皓祐昱謙儒企腦訊療桃園竹苗栗彰屏宜蓮' +
  '澎隆范于余游';

const simplified =
  '的一是不了人我在有他这中大来上国个到说们为子和你地出道也时年得就那要下以生会自着去之过家学对可她里后' +
  '小么心多天而能好都然没日于起还发成事只作当想看文无开手十用主行方又如前所本见经头面公同三已老从动两长' +
  '知民样现分将外但身些与高意进把法此实回二理美点月明其种声全工己话儿者向情部正名定女问力机给等几很业最' +
  '间新什打便位因重被走电四第门相次东政海口使教西再平真听世气信北少关并内加化由却代军产入先山五太水万市' +
  '眼体别处总才场师书比住员九笑性通目华报立马命张活难神数件安表原车白应路期叫死常提感金何更反合放做系计' +
  '或司利受光王果亲界及今京务制解各任至清物台象记边共风战干接它许八特觉望直服毛林题建南度统色字请交爱让' +
  '认算论百吃义科怎元社术结六功指思非流每青管夫连远资队跟带花快条院变联言权往展该领传近留红治决周保达办' +
  '运武半候七必城父强步完革深区即求品士转量空甚众技轻程告江语英基派满式李息写呢识极令黑土阿片始岁讲足收' +
  '备视观专病究调示形石持价怕村设断黄钱油单照低错帮姐刚急朝坐号阶吗规护层弟火状府广游协证团议拿河参歌兴' +
  '克据随春施宝确选须官易食故农待警支板刘陈杨赵吴徐孙朱胡郭罗郑梁谢宋唐韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶' +
  '苏魏吕丁沈姚卢姜崔钟谭陆汪范廖贾夏韦付邹孟熊秦邱尹薛闫段雷侯龙史陶黎贺顾郝龚邵严覃戴莫孔汤洪詹赖庄柯' +
  '翁萧颜卓温涂简欧阳诸葛伟芳娜敏静丽磊洋勇艳杰娟涛超秀霞桂玉萍兰梅莉琳雪燕鹏飞波斌宇浩凯健俊峰辉晨婷倩' +
  '颖欣怡佳慧丹晶璐瑶琪嘉鑫博志庆秋冬梓轩涵睿诗雨萱玲淑芬惠珍贞雅君佩珊宏翰豪玮妤瑜彦廷育维德仁礼智忠孝' +
  '宁康泰祥福寿喜乐荣昌盛贵珠琴瑞云霖霜露虹彤晓薇蓉芝菁莹璇琦瑾婉娇媛妮亮鸿翔毅哲昊墨津圳州杭汉沙岛厦浙' +
  '湖川陕甘肃辽吉徽湾香港澳县镇乡街楼室栋巷弄邻省淀浦限股份集际贸网络软咨询投控银险券医校造商监助销售财' +
  '源客户邮箱址站注男职称标签态编姓呼微账订项';

interface Profile {
  frequent: Set<string>;
  level1: Set<string>;
  /** Points for a level-1 character outside the frequent list. */
  level1Weight: number;
}

/** The characters of the double-byte codes from..to (both bytes given) whose trail byte is valid. */
function block(codec: string, from: number, to: number, validTrail: (b: number) => boolean): Set<string> {
  const bytes: number[] = [];
  // A newline after each pair keeps one unmapped pair from shifting the decoder off the next ones.
  for (let code = from; code <= to; code++) if (validTrail(code & 0xff)) bytes.push(code >> 8, code & 0xff, 0x0a);
  const chars = iconv.decode(Buffer.from(bytes), codec).split('\n');
  return new Set(chars.filter((c) => c.length === 1 && c !== '\uFFFD' && c.charCodeAt(0) >= 0x80));
}

let profiles: Record<CjkEncoding, Profile> | undefined;
function getProfiles(): Record<CjkEncoding, Profile> {
  profiles ??= {
    big5: {
      frequent: new Set(traditional),
      level1: block('cp950', 0xa440, 0xc67e, (b) => (b >= 0x40 && b <= 0x7e) || (b >= 0xa1 && b <= 0xfe)),
      level1Weight: 1,
    },
    gbk: {
      frequent: new Set(simplified),
      level1: block('gb18030', 0xb0a1, 0xd7f9, (b) => b >= 0xa1 && b <= 0xfe),
      level1Weight: 1,
    },
    // No frequent list for Japanese: kana already set it apart, so JIS level 1 kanji weigh more.
    shift_jis: {
      frequent: new Set(),
      level1: block('cp932', 0x889f, 0x9872, (b) => (b >= 0x40 && b <= 0x7e) || (b >= 0x80 && b <= 0xfc)),
      level1Weight: 2,
    },
  };
  return profiles;
}

/** The most points one character can earn; callers scale scores by it. */
export const maxPoints = 3;

const isKana = (c: number) => c >= 0x3040 && c <= 0x30ff;
const isHalfwidthKana = (c: number) => c >= 0xff61 && c <= 0xff9f;
const isHan = (c: number) => (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff);
const isCjkPunctuation = (c: number) => (c >= 0x3000 && c <= 0x303f) || (c >= 0xff01 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffef);
const isPrivateUse = (c: number) => c >= 0xe000 && c <= 0xf8ff;

/**
 * How much `text`, decoded as `encoding`, reads as ordinary text: points for each non-ASCII
 * character (at most `maxPoints`), negative for replacement characters and for characters a wrong
 * decoding produces (private use, kana in Chinese, stray symbols). `chars` counts the non-ASCII ones.
 */
export function plausibility(text: string, encoding: CjkEncoding | 'utf-8'): { score: number; chars: number } {
  const profile = encoding === 'utf-8' ? undefined : getProfiles()[encoding];
  let score = 0;
  let chars = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) continue;
    chars++;
    if (c === 0xfffd) score -= 5;
    else if (isPrivateUse(c)) score -= 3;
    // Any character that decodes as UTF-8 is as plausible as text can be.
    else if (!profile) score += maxPoints;
    else if (profile.frequent.has(ch)) score += 3;
    else if (profile.level1.has(ch)) score += profile.level1Weight;
    else if (isKana(c)) score += encoding === 'shift_jis' ? 3 : -2;
    else if (isHalfwidthKana(c)) score += encoding === 'shift_jis' ? 0 : -1;
    else if (isHan(c) || isCjkPunctuation(c)) score += 0;
    else score -= 1;
  }
  return { score, chars };
}
