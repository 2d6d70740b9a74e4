import type { PropertyFilter, SegmentCondition, SegmentGroup, SegmentWindow } from './segments.js';

/**
 * Ready-made segments a workspace can start from: the audiences small shops in Taiwan and the rest
 * of Asia ask for most (registered but never bought, abandoned carts, F2, RFM and NASLD groups,
 * birthdays, win-back, consent lists, holdouts). Each is an ordinary definition built from the
 * segment primitives, so it compiles in a fresh workspace as it stands: events are only Segment's
 * well-known e-commerce names or messaging events, and amounts are defaults the user edits.
 *
 * Ids are stable: the UI and saved segments may refer to them, so rename a template's text freely
 * but never its id.
 */
export const segmentTemplateCategories = [
  'lifecycle',
  'purchase',
  'engagement',
  'browsing',
  'cart',
  'value',
  'retention',
  'messaging',
  'profile',
  'experiment',
] as const;
export type SegmentTemplateCategory = (typeof segmentTemplateCategories)[number];

export const segmentTemplateLanguages = ['en', 'zh-TW', 'zh-CN', 'ja'] as const;
export type SegmentTemplateLanguage = (typeof segmentTemplateLanguages)[number];

export interface SegmentTemplate {
  id: string;
  category: SegmentTemplateCategory;
  names: Record<SegmentTemplateLanguage, string>;
  descriptions: Record<SegmentTemplateLanguage, string>;
  definition: SegmentGroup;
}

type Node = SegmentCondition | SegmentGroup;
type Text = Record<SegmentTemplateLanguage, readonly [name: string, description: string]>;

const all = (...children: Node[]): SegmentGroup => ({ type: 'group', combinator: 'and', children });
const any = (...children: Node[]): SegmentGroup => ({ type: 'group', combinator: 'or', children });
/** None of the children holds. */
const none = (...children: Node[]): SegmentGroup => ({ type: 'group', combinator: 'or', negate: true, children });

const ever: SegmentWindow = { kind: 'ever' };
const lastDays = (days: number): SegmentWindow => ({ kind: 'last_days', days });

const profile = (field: string, op: Extract<SegmentCondition, { type: 'condition' }>['op'], value?: string | number | string[]): SegmentCondition =>
  value === undefined ? { type: 'condition', field, op } : { type: 'condition', field, op, value };
const model = (field: string, op: Extract<SegmentCondition, { type: 'model' }>['op'], value: string | number | string[]): SegmentCondition => ({
  type: 'model',
  field,
  op,
  value,
});

/** Performed an event at least `min` times in the window. */
const did = (event: string, window: SegmentWindow, min = 1, where?: PropertyFilter[]): SegmentCondition => ({
  type: 'event',
  event,
  ...(where ? { where } : {}),
  count: { op: 'gte', value: min },
  window,
});
const didNot = (event: string, window: SegmentWindow): SegmentCondition => ({ type: 'event', event, count: { op: 'eq', value: 0 }, window });

/** Did `first` in the window and then not `then` within N hours of the last time. */
const abandoned = (first: string, then: string, withinHours: number, window: SegmentWindow, where?: PropertyFilter[]): SegmentCondition => ({
  type: 'event_sequence',
  first: { event: first, ...(where ? { where } : {}) },
  then: { event: then },
  thenPerformed: false,
  withinHours,
  window,
});

type OrdersCondition = Extract<SegmentCondition, { type: 'orders' }>;
const orders = (metric: OrdersCondition['metric'], op: OrdersCondition['op'], value: OrdersCondition['value'], window: SegmentWindow = ever): SegmentCondition => ({
  type: 'orders',
  metric,
  window,
  op,
  value,
});
const noOrders = (window: SegmentWindow = ever) => orders('count', 'eq', 0, window);

type MessageCondition = Extract<SegmentCondition, { type: 'message' }>;
const message = (
  action: MessageCondition['action'],
  window: SegmentWindow,
  count: MessageCondition['count'] = { op: 'gte', value: 1 },
  channel?: MessageCondition['channel'],
): SegmentCondition => ({ type: 'message', action, ...(channel ? { channel } : {}), count, window });

const boughtVia = (channels: Extract<SegmentCondition, { type: 'order_channel' }>['channels'], window: SegmentWindow): SegmentCondition => ({
  type: 'order_channel',
  channels,
  window,
});
const inStore = (window: SegmentWindow) => boughtVia(['store', 'offline'], window);
const online = (window: SegmentWindow) => boughtVia(['online'], window);

const rfmGroup = (group: string) => all(model('rfm.group', 'eq', group));
const nasld = (state: string) => all(model('nasld.state', 'eq', state));
const bucket = (from: number, to: number, salt: string): SegmentGroup => all({ type: 'random', from, to, salt });
const reachable = () => any(profile('email', 'is_set'), profile('phone', 'is_set'));

function template(id: string, category: SegmentTemplateCategory, text: Text, definition: SegmentGroup): SegmentTemplate {
  const pick = (i: 0 | 1) => Object.fromEntries(segmentTemplateLanguages.map((l) => [l, text[l][i]])) as Record<SegmentTemplateLanguage, string>;
  return { id, category, names: pick(0), descriptions: pick(1), definition };
}

export const segmentTemplates: readonly SegmentTemplate[] = [
  // ─── Lifecycle ────────────────────────────────────────────────────────────────────────────────
  template(
    'new-contacts-7d',
    'lifecycle',
    {
      en: ['New contacts (last 7 days)', 'Contacts added in the last 7 days, from any source.'],
      'zh-TW': ['近 7 天新增聯絡人', '最近 7 天新增的聯絡人，不論來源。'],
      'zh-CN': ['近 7 天新增联系人', '最近 7 天新增的联系人，不限来源。'],
      ja: ['直近 7 日の新規連絡先', '過去 7 日間に追加された連絡先（登録元は問いません）。'],
    },
    all(profile('createdAt', 'within_last_days', 7)),
  ),
  template(
    'new-signups-no-order-7d',
    'lifecycle',
    {
      en: ['New members without a first order', 'Signed up in the last 7 days and have not ordered yet. A welcome coupon is the classic nudge.'],
      'zh-TW': ['新註冊未首購', '最近 7 天註冊、尚未下過任何訂單的會員，適合送上新會員首購禮。'],
      'zh-CN': ['新注册未首购', '最近 7 天注册、还没下过任何订单的会员，适合发放新会员首单礼。'],
      ja: ['新規会員（未購入）', '過去 7 日間に会員登録し、まだ一度も注文していない人。初回購入クーポンで背中を押しましょう。'],
    },
    all(did('Signed Up', lastDays(7)), noOrders()),
  ),
  template(
    'new-customers-30d',
    'lifecycle',
    {
      en: ['New customers (last 30 days)', 'Placed their first order in the last 30 days.'],
      'zh-TW': ['近 30 天新客', '最近 30 天內完成第一筆訂單的顧客。'],
      'zh-CN': ['近 30 天新客', '最近 30 天内下了第一单的客户。'],
      ja: ['新規顧客（直近 30 日）', '過去 30 日以内に初めて注文した顧客。'],
    },
    all(profile('traits.firstOrderAt', 'within_last_days', 30)),
  ),
  template(
    'open-leads',
    'lifecycle',
    {
      en: ['Open leads', 'Contacts at the Lead or Prospect lifecycle stage, for sales to follow up. Uses the default stages; pick yours if you changed them.'],
      'zh-TW': ['待跟進的潛在客戶', '生命週期階段為「潛在客戶」或「商機」的聯絡人，交給業務跟進。使用預設階段；若你改過階段，請改選自己的。'],
      'zh-CN': ['待跟进的线索', '生命周期阶段为“线索”或“商机”的联系人，交给销售跟进。使用默认阶段；如果你改过阶段，请改选自己的。'],
      ja: ['フォロー中のリード', 'ライフサイクルステージが「リード」または「見込み客」の連絡先。営業フォロー用です。既定のステージを使っているので、変更している場合は選び直してください。'],
    },
    all(profile('lifecycleStage', 'in', ['lead', 'prospect'])),
  ),
  template(
    'rfm-new',
    'lifecycle',
    {
      en: ['RFM: new customers', 'Bought recently for the first time. Welcome them and show how to get the most from their purchase.'],
      'zh-TW': ['RFM 新顧客', '最近才第一次購買；送上歡迎訊息與使用指南。'],
      'zh-CN': ['RFM 新客户', '最近才第一次购买；送上欢迎信息和使用指南。'],
      ja: ['RFM：新規顧客', '最近初めて購入した顧客。歓迎メッセージや使い方のご案内を送りましょう。'],
    },
    rfmGroup('new'),
  ),
  template(
    'nasld-new',
    'lifecycle',
    {
      en: ['NASLD: new (N)', 'Customers the NASLD model counts as new: their first purchase was recent.'],
      'zh-TW': ['NASLD 新顧客（N）', 'NASLD 模型中的新顧客：最近才完成首購。'],
      'zh-CN': ['NASLD 新客户（N）', 'NASLD 模型中的新客户：最近才完成首购。'],
      ja: ['NASLD：新規顧客（N）', 'NASLD モデルで新規とされる顧客。初回購入から間もない人です。'],
    },
    nasld('N'),
  ),
  template(
    'nasld-active',
    'lifecycle',
    {
      en: ['NASLD: active (A)', 'Keep buying on their own repurchase cycle. Your core customers and most of your revenue.'],
      'zh-TW': ['NASLD 主力顧客（A）', '依自己的回購週期持續購買，是營收的主力。'],
      'zh-CN': ['NASLD 主力客户（A）', '按自己的复购周期持续购买，是收入的主力。'],
      ja: ['NASLD：主力顧客（A）', '自分の購入サイクルどおりに買い続けている顧客。売上の中心です。'],
    },
    nasld('A'),
  ),
  template(
    'nasld-sleepy',
    'lifecycle',
    {
      en: ['NASLD: sleepy (S)', 'Past their usual repurchase cycle without buying. Waking them now costs the least.'],
      'zh-TW': ['NASLD 瞌睡顧客（S）', '已超過平常的回購週期還沒回購，開始打瞌睡；此時喚醒成本最低。'],
      'zh-CN': ['NASLD 瞌睡客户（S）', '已超过平常的复购周期还没复购，开始打瞌睡；此时唤醒成本最低。'],
      ja: ['NASLD：休眠予備軍（S）', 'いつもの購入サイクルを過ぎても買っていない顧客。今なら最も少ないコストで呼び戻せます。'],
    },
    nasld('S'),
  ),
  template(
    'nasld-lost',
    'lifecycle',
    {
      en: ['NASLD: lost (L)', 'Well past their repurchase cycle. At high risk of leaving; they need a stronger reason to return.'],
      'zh-TW': ['NASLD 半睡顧客（L）', '遠超過回購週期未購買，流失風險高，需要更強的誘因。'],
      'zh-CN': ['NASLD 半睡客户（L）', '远超过复购周期未购买，流失风险高，需要更强的诱因。'],
      ja: ['NASLD：半休眠顧客（L）', '購入サイクルを大きく過ぎている顧客。離反リスクが高く、強めの動機づけが必要です。'],
    },
    nasld('L'),
  ),
  template(
    'nasld-dormant',
    'lifecycle',
    {
      en: ['NASLD: deep dormant (D)', 'Have not bought for a very long time and are nearly gone. Use low-cost win-back, or clean the list.'],
      'zh-TW': ['NASLD 沉睡顧客（D）', '很久沒有購買，幾乎已經流失；適合低成本喚回，或整理名單。'],
      'zh-CN': ['NASLD 沉睡客户（D）', '很久没有购买，几乎已经流失；适合低成本召回，或清理名单。'],
      ja: ['NASLD：休眠顧客（D）', '長い間購入がなく、ほぼ離反している顧客。低コストの呼び戻しか、リストの整理を。'],
    },
    nasld('D'),
  ),

  // ─── Purchase ─────────────────────────────────────────────────────────────────────────────────
  template(
    'registered-never-purchased',
    'purchase',
    {
      en: ['Registered but never purchased', 'Signed up as a member but have never placed an order.'],
      'zh-TW': ['註冊未購買', '曾註冊會員，但從未下過訂單。'],
      'zh-CN': ['注册未购买', '注册过会员，但从未下过订单。'],
      ja: ['会員登録済み・未購入', '会員登録はしているが、一度も注文していない人。'],
    },
    all(did('Signed Up', ever), noOrders()),
  ),
  template(
    'reachable-never-purchased',
    'purchase',
    {
      en: ['Reachable contacts who never ordered', 'Have an email address or phone number but no orders yet.'],
      'zh-TW': ['有聯絡方式但從未購買', '留有 Email 或手機號碼，但還沒有任何訂單。'],
      'zh-CN': ['有联系方式但从未购买', '留有邮箱或手机号，但还没有任何订单。'],
      ja: ['連絡可能な未購入者', 'メールアドレスか電話番号はあるが、まだ注文がない人。'],
    },
    all(reachable(), noOrders()),
  ),
  template(
    'one-time-buyers',
    'purchase',
    {
      en: ['One-time buyers', 'Have exactly one order.'],
      'zh-TW': ['只買過一次的顧客', '累計只有一筆訂單。'],
      'zh-CN': ['只买过一次的客户', '累计只有一笔订单。'],
      ja: ['1 回だけ購入した顧客', '注文がちょうど 1 件の顧客。'],
    },
    all(orders('count', 'eq', 1)),
  ),
  template(
    'f2-awaiting-second',
    'purchase',
    {
      en: [
        'First purchase, awaiting a second (F2)',
        'Placed their first and only order in the last 60 days. Turning first-time buyers into repeat buyers (F2 conversion) is the biggest lever on lifetime value.',
      ],
      'zh-TW': ['首購後待回購（F2）', '最近 60 天內完成首購、還沒有第二筆訂單。提升首購到回購的轉換率（F2）是拉高顧客終身價值的關鍵。'],
      'zh-CN': ['首购后待复购（F2）', '最近 60 天内完成首单、还没有第二单。提升首购到复购的转化率（F2）是提高客户终身价值的关键。'],
      ja: ['初回購入後・2 回目待ち（F2）', '過去 60 日以内に初めて注文し、まだ 2 回目がない顧客。初回から 2 回目への転換（F2）が LTV を伸ばす一番の鍵です。'],
    },
    all(orders('count', 'eq', 1), orders('count', 'eq', 1, lastDays(60))),
  ),
  template(
    'f2-nudge-30-60d',
    'purchase',
    {
      en: ['One order, 30–60 days ago', 'Their only order was 30 to 60 days ago: the usual window for a second-purchase offer, before they forget you.'],
      'zh-TW': ['首購後 30–60 天未回購', '唯一一筆訂單在 30 到 60 天前，趁顧客還記得你，推動第二次購買。'],
      'zh-CN': ['首购后 30–60 天未复购', '唯一一笔订单在 30 到 60 天前，趁客户还记得你，推动第二次购买。'],
      ja: ['初回購入から 30〜60 日・リピートなし', '唯一の注文が 30〜60 日前の顧客。忘れられる前に 2 回目の購入を促すタイミングです。'],
    },
    all(orders('count', 'eq', 1), orders('days_since_last', 'between', [30, 60])),
  ),
  template(
    'repeat-buyers',
    'purchase',
    {
      en: ['Repeat buyers', 'Have ordered two or more times.'],
      'zh-TW': ['回購顧客', '累計下單兩次以上。'],
      'zh-CN': ['复购客户', '累计下单两次及以上。'],
      ja: ['リピーター', '2 回以上注文している顧客。'],
    },
    all(orders('count', 'gte', 2)),
  ),
  template(
    'frequent-buyers-180d',
    'purchase',
    {
      en: ['Frequent buyers', 'Three or more orders in the last 180 days.'],
      'zh-TW': ['高頻購買顧客', '最近 180 天內下單 3 次以上。'],
      'zh-CN': ['高频购买客户', '最近 180 天内下单 3 次及以上。'],
      ja: ['頻繁に購入する顧客', '過去 180 日間に 3 回以上注文した顧客。'],
    },
    all(orders('count', 'gte', 3, lastDays(180))),
  ),
  template(
    'recent-buyers-no-review',
    'purchase',
    {
      en: ['Recent buyers to ask for a review', 'Ordered in the last 14 days and have not reviewed a product in the last 30 days.'],
      'zh-TW': ['近期購買、可邀請評價', '最近 14 天內有下單，且最近 30 天沒有留下商品評價。'],
      'zh-CN': ['近期购买、可邀请评价', '最近 14 天内下过单，且最近 30 天没有发表商品评价。'],
      ja: ['レビュー依頼の対象', '過去 14 日以内に注文し、過去 30 日間に商品レビューを書いていない顧客。'],
    },
    all(orders('count', 'gte', 1, lastDays(14)), didNot('Product Reviewed', lastDays(30))),
  ),
  template(
    'refunded-90d',
    'purchase',
    {
      en: ['Had a refund recently', 'Had an order refunded in the last 90 days. Follow up before they leave for good.'],
      'zh-TW': ['近期有退款', '最近 90 天內有訂單退款，建議客服主動關懷，避免流失。'],
      'zh-CN': ['近期有退款', '最近 90 天内有订单退款，建议客服主动关怀，避免流失。'],
      ja: ['最近返金があった顧客', '過去 90 日以内に返金された注文がある顧客。離れてしまう前にフォローしましょう。'],
    },
    all(did('Order Refunded', lastDays(90))),
  ),
  template(
    'coupon-users-90d',
    'purchase',
    {
      en: ['Coupon users', 'Used a coupon on an order in the last 90 days.'],
      'zh-TW': ['使用優惠券的顧客', '最近 90 天內曾在訂單使用優惠券。'],
      'zh-CN': ['使用优惠券的客户', '最近 90 天内在订单中用过优惠券。'],
      ja: ['クーポン利用者', '過去 90 日以内の注文でクーポンを使った顧客。'],
    },
    all({ type: 'coupon', codes: [], window: lastDays(90) }),
  ),
  template(
    'discount-driven-buyers',
    'purchase',
    {
      en: ['Discount-driven buyers', 'Applied coupons at least twice in the last year and bought with one. They tend to wait for a deal.'],
      'zh-TW': ['折扣導向顧客', '最近一年內至少兩次套用優惠券，並曾用優惠券下單；對優惠敏感，常等折扣才買。'],
      'zh-CN': ['折扣导向客户', '最近一年至少两次使用优惠券，并用优惠券下过单；对优惠敏感，常等折扣才买。'],
      ja: ['割引重視の顧客', '過去 1 年間にクーポンを 2 回以上適用し、クーポンで注文したことがある顧客。セール待ちの傾向があります。'],
    },
    all({ type: 'coupon', codes: [], window: lastDays(365) }, did('Coupon Applied', lastDays(365), 2)),
  ),
  template(
    'store-buyers-365d',
    'purchase',
    {
      en: ['In-store buyers', 'Bought in a store or offline in the last 12 months.'],
      'zh-TW': ['門市消費顧客', '最近一年內曾在門市或線下消費。'],
      'zh-CN': ['门店消费客户', '最近一年内在门店或线下消费过。'],
      ja: ['店舗購入者', '過去 1 年間に店舗またはオフラインで購入した顧客。'],
    },
    all(inStore(lastDays(365))),
  ),
  template(
    'online-only-buyers',
    'purchase',
    {
      en: ['Online-only buyers', 'Have bought online but never in a store. Invite them to visit.'],
      'zh-TW': ['只在線上購買', '曾在線上購買，但從未到門市消費；可邀請到店體驗。'],
      'zh-CN': ['只在线上购买', '在线上买过，但从未到门店消费；可邀请到店体验。'],
      ja: ['オンラインのみの購入者', 'オンラインで購入したことはあるが、店舗での購入はない顧客。来店を促しましょう。'],
    },
    all(online(ever), none(inStore(ever))),
  ),
  template(
    'store-only-buyers',
    'purchase',
    {
      en: ['Store-only buyers', 'Have bought in a store but never online. Bring them to your online shop.'],
      'zh-TW': ['只在門市購買', '曾在門市消費，但從未在線上購買；可引導到官網或 App。'],
      'zh-CN': ['只在门店购买', '在门店消费过，但从未在线上购买；可引导到官网或 App。'],
      ja: ['店舗のみの購入者', '店舗で購入したことはあるが、オンラインでの購入はない顧客。EC サイトへ誘導しましょう。'],
    },
    all(inStore(ever), none(online(ever))),
  ),
  template(
    'omnichannel-buyers',
    'purchase',
    {
      en: ['Omnichannel buyers', 'Have bought both online and in a store; often your most loyal customers.'],
      'zh-TW': ['線上線下都購買（OMO）', '線上與門市都有消費紀錄，通常是最忠誠的顧客。'],
      'zh-CN': ['线上线下都购买', '线上和门店都有消费记录，通常是最忠诚的客户。'],
      ja: ['オムニチャネル購入者', 'オンラインと店舗の両方で購入している顧客。最もロイヤルな層であることが多いです。'],
    },
    all(online(ever), inStore(ever)),
  ),

  // ─── Value ────────────────────────────────────────────────────────────────────────────────────
  template(
    'high-value-customers',
    'value',
    {
      en: ['High-value customers', 'Lifetime net revenue of 30,000 or more, or the top RFM monetary score (M = 5). Adjust the amount to your prices.'],
      'zh-TW': ['高價值顧客', '累計淨消費達 30,000 以上，或 RFM 消費金額分數（M）為 5。請依你的價格帶調整金額。'],
      'zh-CN': ['高价值客户', '累计净消费 30,000 及以上，或 RFM 消费金额得分（M）为 5。请按你的价格带调整金额。'],
      ja: ['高価値顧客', '累計の純売上が 30,000 以上、または RFM の購入金額スコア（M）が 5 の顧客。金額は価格帯に合わせて調整してください。'],
    },
    any(orders('revenue', 'gte', 30000), model('rfm.m', 'eq', 5)),
  ),
  template(
    'big-spenders-30d',
    'value',
    {
      en: ['Big spenders (last 30 days)', 'Spent 10,000 or more in the last 30 days. Adjust the amount to your prices.'],
      'zh-TW': ['近 30 天大額消費', '最近 30 天淨消費 10,000 以上。請依你的價格帶調整金額。'],
      'zh-CN': ['近 30 天大额消费', '最近 30 天净消费 10,000 及以上。请按你的价格带调整金额。'],
      ja: ['高額購入者（直近 30 日）', '過去 30 日間の純売上が 10,000 以上の顧客。金額は価格帯に合わせて調整してください。'],
    },
    all(orders('revenue', 'gte', 10000, lastDays(30))),
  ),
  template(
    'high-aov',
    'value',
    {
      en: ['High average order value', 'Average order value of 3,000 or more. Good candidates for premium products. Adjust the amount to your prices.'],
      'zh-TW': ['高客單價顧客', '平均客單價 3,000 以上，適合推薦高單價商品。請依你的價格帶調整金額。'],
      'zh-CN': ['高客单价客户', '平均客单价 3,000 及以上，适合推荐高价商品。请按你的价格带调整金额。'],
      ja: ['平均注文額が高い顧客', '平均注文額が 3,000 以上の顧客。高価格帯の商品の提案に向いています。金額は価格帯に合わせて調整してください。'],
    },
    all(orders('aov', 'gte', 3000)),
  ),
  template(
    'small-basket-regulars',
    'value',
    {
      en: ['Regulars with small baskets', 'Three or more orders averaging under 500. Bundles or a free-shipping threshold can lift their basket.'],
      'zh-TW': ['常買但客單價低', '下單 3 次以上、平均客單價低於 500；可用組合價或免運門檻提高客單價。'],
      'zh-CN': ['常买但客单价低', '下单 3 次及以上、平均客单价低于 500；可用组合价或包邮门槛提高客单价。'],
      ja: ['少額のリピーター', '3 回以上注文しているが、平均注文額が 500 未満の顧客。セット販売や送料無料ラインで単価アップを狙えます。'],
    },
    all(orders('count', 'gte', 3), orders('aov', 'lt', 500)),
  ),
  template(
    'rfm-top-score',
    'value',
    {
      en: ['Perfect RFM score (555)', 'Top score on recency, frequency and monetary value alike.'],
      'zh-TW': ['RFM 滿分顧客（555）', '最近購買、購買頻率、消費金額三項都拿到最高分。'],
      'zh-CN': ['RFM 满分客户（555）', '最近购买、购买频率、消费金额三项都是最高分。'],
      ja: ['RFM 満点の顧客（555）', '最終購入日・購入頻度・購入金額のすべてで最高スコアの顧客。'],
    },
    all(model('rfm.score', 'eq', '555')),
  ),
  template(
    'rfm-champions',
    'value',
    {
      en: ['RFM: champions', 'Bought recently, buy often and spend the most. Reward them and ask for referrals.'],
      'zh-TW': ['RFM 冠軍顧客', '最近有買、常買、花得最多。給予專屬禮遇，並邀請他們推薦親友。'],
      'zh-CN': ['RFM 冠军客户', '最近买过、经常买、花得最多。给予专属礼遇，并邀请他们推荐亲友。'],
      ja: ['RFM：チャンピオン', '最近購入し、頻繁に買い、最も多く使う顧客。特別な特典を用意し、紹介をお願いしましょう。'],
    },
    rfmGroup('champions'),
  ),
  template(
    'rfm-loyal',
    'value',
    {
      en: ['RFM: loyal customers', 'Buy regularly and spend well. Offer member perks and early access.'],
      'zh-TW': ['RFM 忠誠顧客', '固定回購、消費穩定；適合會員禮遇與新品搶先購。'],
      'zh-CN': ['RFM 忠诚客户', '定期复购、消费稳定；适合会员礼遇和新品抢先购。'],
      ja: ['RFM：ロイヤル顧客', '定期的に購入し、安定して使ってくれる顧客。会員特典や先行販売がおすすめです。'],
    },
    rfmGroup('loyal'),
  ),
  template(
    'rfm-potential-loyalists',
    'value',
    {
      en: ['RFM: potential loyalists', 'Recent customers who have bought more than once. Invite them into your membership programme.'],
      'zh-TW': ['RFM 潛力忠誠顧客', '最近有消費且已不只買一次；邀請加入會員方案，培養成忠誠顧客。'],
      'zh-CN': ['RFM 潜力忠诚客户', '最近有消费且不止买过一次；邀请加入会员计划，培养成忠诚客户。'],
      ja: ['RFM：ロイヤル候補', '最近購入し、複数回の注文がある顧客。会員プログラムに誘いましょう。'],
    },
    rfmGroup('potential_loyalist'),
  ),
  template(
    'rfm-promising',
    'value',
    {
      en: ['RFM: promising', 'Bought recently but have not spent much yet. Build the habit with offers on best sellers.'],
      'zh-TW': ['RFM 有潛力顧客', '最近有購買但消費還不多；用熱銷商品優惠培養購買習慣。'],
      'zh-CN': ['RFM 有潜力客户', '最近有购买但消费还不多；用热销商品优惠培养购买习惯。'],
      ja: ['RFM：有望顧客', '最近購入したが、まだ購入額が少ない顧客。人気商品のオファーで購入習慣を育てましょう。'],
    },
    rfmGroup('promising'),
  ),
  template(
    'rfm-need-attention',
    'value',
    {
      en: ['RFM: need attention', 'Above-average customers whose recent buying is slipping. Reach out with a limited-time offer.'],
      'zh-TW': ['RFM 需要關注', '原本表現中上，但最近購買變少；用限時優惠主動接觸。'],
      'zh-CN': ['RFM 需要关注', '原本表现中上，但最近购买变少；用限时优惠主动联系。'],
      ja: ['RFM：要注意', '平均以上の顧客だが、最近の購入が減っている層。期間限定オファーで接点を作りましょう。'],
    },
    rfmGroup('need_attention'),
  ),

  // ─── Retention ────────────────────────────────────────────────────────────────────────────────
  template(
    'rfm-about-to-sleep',
    'retention',
    {
      en: ['RFM: about to sleep', 'Below-average recency and frequency. Without a reason to come back, they will drift away.'],
      'zh-TW': ['RFM 即將沉睡', '最近購買與購買頻率都偏低，再不給個回來的理由就會流失。'],
      'zh-CN': ['RFM 即将沉睡', '最近购买和购买频率都偏低，再不给个回来的理由就会流失。'],
      ja: ['RFM：休眠寸前', '最終購入日・頻度ともに平均以下の顧客。戻る理由がないと離れてしまいます。'],
    },
    rfmGroup('about_to_sleep'),
  ),
  template(
    'rfm-at-risk',
    'retention',
    {
      en: ['RFM: at risk', 'Used to buy often and spend well but have not bought for a long time. Send a personal win-back offer.'],
      'zh-TW': ['RFM 流失風險顧客', '過去常買、花得不少，但已經很久沒買；發送個人化的喚回優惠。'],
      'zh-CN': ['RFM 流失风险客户', '过去常买、花得不少，但已经很久没买；发送个性化的召回优惠。'],
      ja: ['RFM：離反リスク', '以前はよく購入し金額も大きかったが、長く購入がない顧客。個別の呼び戻しオファーを送りましょう。'],
    },
    rfmGroup('at_risk'),
  ),
  template(
    'rfm-cant-lose',
    'retention',
    {
      en: ["RFM: can't lose them", 'Your biggest spenders of the past, now gone quiet. Win them back before a competitor does.'],
      'zh-TW': ['RFM 不能失去的顧客', '曾是消費最多的顧客，如今沒有動靜；在競爭對手搶走前把他們找回來。'],
      'zh-CN': ['RFM 不能失去的客户', '曾是消费最多的客户，如今没有动静；在竞争对手抢走前把他们找回来。'],
      ja: ['RFM：失いたくない顧客', 'かつての上位顧客が最近は購入していない状態。競合に奪われる前に呼び戻しましょう。'],
    },
    rfmGroup('cant_lose'),
  ),
  template(
    'rfm-hibernating',
    'retention',
    {
      en: ['RFM: hibernating', 'Last bought long ago, rarely, and spent little. Reach them only through low-cost channels.'],
      'zh-TW': ['RFM 冬眠顧客', '很久以前買過、次數少、金額低；只用低成本管道接觸。'],
      'zh-CN': ['RFM 冬眠客户', '很久以前买过、次数少、金额低；只用低成本渠道触达。'],
      ja: ['RFM：冬眠中', '最後の購入がかなり前で、頻度も金額も低い顧客。低コストのチャネルだけで接触しましょう。'],
    },
    rfmGroup('hibernating'),
  ),
  template(
    'rfm-lost',
    'retention',
    {
      en: ['RFM: lost', 'Lowest scores on every measure. Try one last campaign, then stop messaging them.'],
      'zh-TW': ['RFM 已流失顧客', '各項分數都最低；做最後一次喚回，之後就停止發送。'],
      'zh-CN': ['RFM 已流失客户', '各项得分都最低；做最后一次召回，之后就停止发送。'],
      ja: ['RFM：離反顧客', 'すべての指標が最低の顧客。最後の呼び戻しを試し、その後は配信を止めましょう。'],
    },
    rfmGroup('lost'),
  ),
  template(
    'nasld-just-slipped',
    'retention',
    {
      en: ['Just turned sleepy or lost', 'Moved to NASLD S or L in the last 7 days: the best moment for a win-back message.'],
      'zh-TW': ['本週剛轉為瞌睡／半睡', '最近 7 天內剛轉為 NASLD 瞌睡（S）或半睡（L）的顧客，是喚回的最佳時機。'],
      'zh-CN': ['本周刚转为瞌睡／半睡', '最近 7 天内刚转为 NASLD 瞌睡（S）或半睡（L）的客户，是召回的最佳时机。'],
      ja: ['休眠しはじめた顧客', '過去 7 日以内に NASLD の S または L に移った顧客。呼び戻しに最適なタイミングです。'],
    },
    all(model('nasld.state', 'in', ['S', 'L']), model('nasld.since', 'within_last_days', 7)),
  ),
  template(
    'lapsed-vip',
    'retention',
    {
      en: ['Lapsed VIPs', 'Spent 20,000 or more in total but have not ordered in over 90 days. Adjust the amount to your prices.'],
      'zh-TW': ['久未回購的 VIP', '累計消費 20,000 以上，但已超過 90 天沒有下單。請依你的價格帶調整金額。'],
      'zh-CN': ['久未复购的 VIP', '累计消费 20,000 及以上，但已超过 90 天没有下单。请按你的价格带调整金额。'],
      ja: ['離れかけの VIP', '累計購入額が 20,000 以上なのに、90 日以上注文がない顧客。金額は価格帯に合わせて調整してください。'],
    },
    all(orders('revenue', 'gte', 20000), orders('days_since_last', 'gt', 90)),
  ),
  template(
    'no-order-90d',
    'retention',
    {
      en: ['No order in 90 days', 'Have ordered before, but not in the last 90 days.'],
      'zh-TW': ['超過 90 天未下單', '曾經下過單，但最近 90 天沒有訂單。'],
      'zh-CN': ['超过 90 天未下单', '下过单，但最近 90 天没有订单。'],
      ja: ['90 日以上注文なし', '注文履歴はあるが、過去 90 日間は注文がない顧客。'],
    },
    all(orders('days_since_last', 'gt', 90)),
  ),
  template(
    'no-order-180d',
    'retention',
    {
      en: ['No order in 180 days', 'Have ordered before, but not in the last 180 days.'],
      'zh-TW': ['超過 180 天未下單', '曾經下過單，但最近 180 天沒有訂單。'],
      'zh-CN': ['超过 180 天未下单', '下过单，但最近 180 天没有订单。'],
      ja: ['180 日以上注文なし', '注文履歴はあるが、過去 180 日間は注文がない顧客。'],
    },
    all(orders('days_since_last', 'gt', 180)),
  ),
  template(
    'one-time-buyers-lapsed',
    'retention',
    {
      en: ['One-time buyers who never came back', 'Their only order was more than 180 days ago.'],
      'zh-TW': ['首購後就沒再回來', '唯一一筆訂單已是 180 多天前。'],
      'zh-CN': ['首购后再没回来', '唯一一笔订单已是 180 多天前。'],
      ja: ['1 回購入したきりの顧客', '唯一の注文が 180 日以上前の顧客。'],
    },
    all(orders('count', 'eq', 1), orders('days_since_last', 'gt', 180)),
  ),
  template(
    'inactive-90d',
    'retention',
    {
      en: ['Not seen in 90 days', 'No visit or other tracked activity in the last 90 days.'],
      'zh-TW': ['超過 90 天未造訪', '最近 90 天沒有任何造訪或互動紀錄。'],
      'zh-CN': ['超过 90 天未访问', '最近 90 天没有任何访问或互动记录。'],
      ja: ['90 日以上訪問なし', '過去 90 日間、サイト訪問などの行動記録がない人。'],
    },
    all(profile('traits.lastSeenAt', 'before_last_days', 90)),
  ),
  template(
    'lapsed-buyers-back-on-site',
    'retention',
    {
      en: ['Lapsed buyers back on the site', 'Visited in the last 7 days after more than 90 days without an order. Catch them while they are looking.'],
      'zh-TW': ['回站逛逛的久未購買顧客', '超過 90 天沒下單，但最近 7 天又回來逛；趁他們還在看時推一把。'],
      'zh-CN': ['回来逛逛的久未购买客户', '超过 90 天没下单，但最近 7 天又回来逛；趁他们还在看时推一把。'],
      ja: ['サイトに戻ってきた休眠購入者', '90 日以上注文がないが、過去 7 日以内にサイトを訪れた顧客。見ているうちにひと押ししましょう。'],
    },
    all(profile('traits.lastSeenAt', 'within_last_days', 7), orders('days_since_last', 'gt', 90)),
  ),

  // ─── Browsing ─────────────────────────────────────────────────────────────────────────────────
  template(
    'browse-abandoned',
    'browsing',
    {
      en: ['Browse abandonment', 'Viewed a product in the last 7 days, did not add anything to the cart within 24 hours, and placed no order in those 7 days.'],
      'zh-TW': ['瀏覽未加入購物車', '最近 7 天看過商品，24 小時內沒有加入購物車，這 7 天也沒有下單。'],
      'zh-CN': ['浏览未加购', '最近 7 天看过商品，24 小时内没有加入购物车，这 7 天也没有下单。'],
      ja: ['閲覧離脱', '過去 7 日以内に商品を見たが、24 時間以内にカートに入れず、この 7 日間に注文もしていない人。'],
    },
    all(abandoned('Product Viewed', 'Product Added', 24, lastDays(7)), noOrders(lastDays(7))),
  ),
  template(
    'frequent-viewers-7d',
    'browsing',
    {
      en: ['Frequent product viewers', 'Viewed products five or more times in the last 7 days: strong interest.'],
      'zh-TW': ['近 7 天頻繁瀏覽商品', '最近 7 天瀏覽商品 5 次以上，購買意圖強。'],
      'zh-CN': ['近 7 天频繁浏览商品', '最近 7 天浏览商品 5 次及以上，购买意向强。'],
      ja: ['商品をよく見ている人', '過去 7 日間に商品を 5 回以上閲覧した人。購入意欲が高い層です。'],
    },
    all(did('Product Viewed', lastDays(7), 5)),
  ),
  template(
    'window-shoppers',
    'browsing',
    {
      en: ['Window shoppers', 'Viewed products ten or more times in the last 30 days but have never ordered.'],
      'zh-TW': ['只逛不買', '最近 30 天瀏覽商品 10 次以上，但從未下單。'],
      'zh-CN': ['只逛不买', '最近 30 天浏览商品 10 次及以上，但从未下单。'],
      ja: ['見るだけの人', '過去 30 日間に商品を 10 回以上見ているが、一度も注文していない人。'],
    },
    all(did('Product Viewed', lastDays(30), 10), noOrders()),
  ),
  template(
    'searched-not-bought',
    'browsing',
    {
      en: ['Searched but did not buy', 'Searched your shop in the last 7 days and placed no order in that time.'],
      'zh-TW': ['搜尋後未購買', '最近 7 天在站內搜尋過商品，但這段期間沒有下單。'],
      'zh-CN': ['搜索后未购买', '最近 7 天在站内搜索过商品，但这段时间没有下单。'],
      ja: ['検索したが未購入', '過去 7 日以内にサイト内検索をしたが、その間に注文していない人。'],
    },
    all(did('Products Searched', lastDays(7)), noOrders(lastDays(7))),
  ),
  template(
    'category-browsers-no-purchase',
    'browsing',
    {
      en: ['Browsed categories but did not buy', 'Viewed product lists or categories at least twice in the last 14 days without ordering.'],
      'zh-TW': ['逛分類但未購買', '最近 14 天瀏覽商品分類或列表至少 2 次，但沒有下單。'],
      'zh-CN': ['逛类目但未购买', '最近 14 天浏览商品类目或列表至少 2 次，但没有下单。'],
      ja: ['カテゴリを見たが未購入', '過去 14 日間に商品一覧やカテゴリを 2 回以上見たが、注文していない人。'],
    },
    all(did('Product List Viewed', lastDays(14), 2), noOrders(lastDays(14))),
  ),
  template(
    'premium-browsers',
    'browsing',
    {
      en: ['Looked at premium items', 'Viewed a product priced 3,000 or more in the last 14 days without ordering. Adjust the price to your range.'],
      'zh-TW': ['看過高單價商品', '最近 14 天看過售價 3,000 以上的商品，但沒有下單。請依你的價格帶調整金額。'],
      'zh-CN': ['看过高价商品', '最近 14 天看过售价 3,000 及以上的商品，但没有下单。请按你的价格带调整金额。'],
      ja: ['高価格帯の商品を見た人', '過去 14 日以内に 3,000 以上の商品を見たが、注文していない人。金額は価格帯に合わせて調整してください。'],
    },
    all(did('Product Viewed', lastDays(14), 1, [{ property: 'price', op: 'gte', value: 3000 }]), noOrders(lastDays(14))),
  ),
  template(
    'comparison-shoppers',
    'browsing',
    {
      en: ['Comparing many products', 'Viewed five or more different products in the last 7 days (counted by product_id).'],
      'zh-TW': ['正在比較多款商品', '最近 7 天看過 5 款以上不同商品（依 product_id 計算）。'],
      'zh-CN': ['正在比较多款商品', '最近 7 天看过 5 款及以上不同商品（按 product_id 计算）。'],
      ja: ['複数の商品を比較中', '過去 7 日間に 5 種類以上の商品を閲覧した人（product_id で判定）。'],
    },
    all({ type: 'event_aggregate', event: 'Product Viewed', property: 'product_id', agg: 'count_distinct', window: lastDays(7), op: 'gte', value: 5 }),
  ),
  template(
    'promotion-clickers-no-order',
    'browsing',
    {
      en: ['Clicked a promotion but did not buy', 'Clicked a banner or promotion on your site in the last 14 days without ordering.'],
      'zh-TW': ['點了活動但未購買', '最近 14 天點擊過網站上的活動橫幅或促銷，但沒有下單。'],
      'zh-CN': ['点了活动但未购买', '最近 14 天点击过网站上的活动横幅或促销，但没有下单。'],
      ja: ['キャンペーンをクリックしたが未購入', '過去 14 日以内にサイトのバナーやキャンペーンをクリックしたが、注文していない人。'],
    },
    all(did('Promotion Clicked', lastDays(14)), noOrders(lastDays(14))),
  ),

  // ─── Cart ─────────────────────────────────────────────────────────────────────────────────────
  template(
    'cart-abandoned-7d',
    'cart',
    {
      en: [
        'Abandoned cart (last 7 days)',
        'Added to cart or started checkout in the last 7 days and did not complete the order (within 24 hours of adding, or 4 hours of starting checkout).',
      ],
      'zh-TW': ['購物車未結帳（近 7 天）', '最近 7 天把商品加入購物車或開始結帳，卻沒有完成訂單（加入後 24 小時內、或開始結帳後 4 小時內未下單）。'],
      'zh-CN': ['购物车未结算（近 7 天）', '最近 7 天把商品加入购物车或开始结算，却没有完成订单（加购后 24 小时内、或开始结算后 4 小时内未下单）。'],
      ja: ['カゴ落ち（直近 7 日）', '過去 7 日以内にカートに追加、または購入手続きを始めたが、注文を完了しなかった人（追加から 24 時間、手続き開始から 4 時間以内に注文なし）。'],
    },
    any(abandoned('Checkout Started', 'Order Completed', 4, lastDays(7)), abandoned('Product Added', 'Order Completed', 24, lastDays(7))),
  ),
  template(
    'checkout-abandoned-24h',
    'cart',
    {
      en: ['Left checkout in the last 24 hours', 'Started checkout in the last day and did not order within an hour. Remind them while it is fresh.'],
      'zh-TW': ['24 小時內結帳中斷', '最近一天開始結帳，但一小時內沒有完成訂單；趁印象還深時提醒。'],
      'zh-CN': ['24 小时内结算中断', '最近一天开始结算，但一小时内没有完成订单；趁印象还深时提醒。'],
      ja: ['24 時間以内の購入手続き離脱', '過去 1 日以内に購入手続きを始め、1 時間以内に注文しなかった人。記憶が新しいうちにリマインドしましょう。'],
    },
    all(abandoned('Checkout Started', 'Order Completed', 1, lastDays(1))),
  ),
  template(
    'high-value-cart-abandoned',
    'cart',
    {
      en: ['Abandoned a high-value checkout', 'Left a checkout worth 3,000 or more in the last 7 days. Worth a personal follow-up. Adjust the amount to your prices.'],
      'zh-TW': ['高金額購物車未結帳', '最近 7 天有金額 3,000 以上的結帳未完成，值得一對一跟進。請依你的價格帶調整金額。'],
      'zh-CN': ['高金额购物车未结算', '最近 7 天有金额 3,000 及以上的结算未完成，值得一对一跟进。请按你的价格带调整金额。'],
      ja: ['高額カゴ落ち', '過去 7 日以内に 3,000 以上の購入手続きを完了しなかった人。個別フォローの価値があります。金額は価格帯に合わせて調整してください。'],
    },
    all(abandoned('Checkout Started', 'Order Completed', 4, lastDays(7), [{ property: 'value', op: 'gte', value: 3000 }])),
  ),
  template(
    'payment-abandoned',
    'cart',
    {
      en: ['Dropped off at payment', 'Entered payment details in the last 7 days but did not complete the order within 2 hours. Often a payment problem.'],
      'zh-TW': ['付款步驟流失', '最近 7 天已填寫付款資訊，但 2 小時內沒有完成訂單；常是付款出了問題。'],
      'zh-CN': ['支付环节流失', '最近 7 天已填写支付信息，但 2 小时内没有完成订单；常是支付出了问题。'],
      ja: ['決済で離脱', '過去 7 日以内に支払い情報を入力したが、2 時間以内に注文を完了しなかった人。決済トラブルの可能性があります。'],
    },
    all(abandoned('Payment Info Entered', 'Order Completed', 2, lastDays(7))),
  ),
  template(
    'cart-viewed-no-checkout',
    'cart',
    {
      en: ['Viewed cart, never checked out', 'Looked at their cart in the last 7 days, did not start checkout within 24 hours, and placed no order.'],
      'zh-TW': ['看了購物車沒結帳', '最近 7 天查看過購物車，但 24 小時內沒有開始結帳，也沒有下單。'],
      'zh-CN': ['看了购物车没结算', '最近 7 天查看过购物车，但 24 小时内没有开始结算，也没有下单。'],
      ja: ['カートを見たが手続きせず', '過去 7 日以内にカートを見たが、24 時間以内に購入手続きを始めず、注文もしていない人。'],
    },
    all(abandoned('Cart Viewed', 'Checkout Started', 24, lastDays(7)), noOrders(lastDays(7))),
  ),
  template(
    'wishlist-no-purchase',
    'cart',
    {
      en: ['Wishlisted but did not buy', 'Added a product to their wishlist in the last 30 days and placed no order in that time.'],
      'zh-TW': ['加入收藏清單未購買', '最近 30 天把商品加入收藏（願望清單），但這段期間沒有下單。'],
      'zh-CN': ['加入心愿单未购买', '最近 30 天把商品加入心愿单（收藏），但这段时间没有下单。'],
      ja: ['お気に入り登録したが未購入', '過去 30 日以内に商品をお気に入りに追加したが、その間に注文していない人。'],
    },
    all(did('Product Added to Wishlist', lastDays(30)), noOrders(lastDays(30))),
  ),
  template(
    'coupon-denied-no-order',
    'cart',
    {
      en: ['Coupon rejected, no order', 'A coupon they tried in the last 7 days was rejected and they did not order. Offer a code that works.'],
      'zh-TW': ['優惠碼無效後未下單', '最近 7 天輸入的優惠碼被拒絕，之後也沒有下單；可提供一組有效的優惠碼。'],
      'zh-CN': ['优惠码无效后未下单', '最近 7 天输入的优惠码被拒绝，之后也没有下单；可提供一个有效的优惠码。'],
      ja: ['クーポンが使えず未購入', '過去 7 日以内に入力したクーポンが使えず、注文しなかった人。使えるコードを案内しましょう。'],
    },
    all(did('Coupon Denied', lastDays(7)), noOrders(lastDays(7))),
  ),
  template(
    'new-member-cart-abandoned',
    'cart',
    {
      en: ['New members with a full cart', 'Signed up in the last 7 days, added to cart, and have never ordered. The classic moment for a first-purchase coupon.'],
      'zh-TW': ['新會員加入購物車未首購', '最近 7 天註冊並把商品加入購物車，但從未下單；正是發送首購優惠券的時機。'],
      'zh-CN': ['新会员加购未首购', '最近 7 天注册并把商品加入购物车，但从未下单；正是发放首单优惠券的时机。'],
      ja: ['カートに商品がある新規会員', '過去 7 日以内に会員登録してカートに商品を入れたが、まだ注文していない人。初回購入クーポンを送る絶好のタイミングです。'],
    },
    all(did('Signed Up', lastDays(7)), did('Product Added', lastDays(7)), noOrders()),
  ),

  // ─── Engagement ───────────────────────────────────────────────────────────────────────────────
  template(
    'new-visitors-7d',
    'engagement',
    {
      en: ['New visitors (last 7 days)', 'First seen on your site or app in the last 7 days.'],
      'zh-TW': ['近 7 天新訪客', '最近 7 天第一次造訪你的網站或 App。'],
      'zh-CN': ['近 7 天新访客', '最近 7 天第一次访问你的网站或 App。'],
      ja: ['新規訪問者（直近 7 日）', '過去 7 日以内に初めてサイトやアプリを訪れた人。'],
    },
    all(profile('traits.firstSeenAt', 'within_last_days', 7)),
  ),
  template(
    'active-visitors-7d',
    'engagement',
    {
      en: ['Visited in the last 7 days', 'Had tracked activity on your site or app in the last 7 days.'],
      'zh-TW': ['近 7 天有造訪', '最近 7 天在網站或 App 上有活動紀錄。'],
      'zh-CN': ['近 7 天有访问', '最近 7 天在网站或 App 上有活动记录。'],
      ja: ['直近 7 日に訪問', '過去 7 日以内にサイトやアプリで行動記録がある人。'],
    },
    all(profile('traits.lastSeenAt', 'within_last_days', 7)),
  ),
  template(
    'signed-in-30d',
    'engagement',
    {
      en: ['Members who signed in recently', 'Signed in to their account in the last 30 days.'],
      'zh-TW': ['近 30 天登入的會員', '最近 30 天登入過會員帳號。'],
      'zh-CN': ['近 30 天登录的会员', '最近 30 天登录过会员账号。'],
      ja: ['最近ログインした会員', '過去 30 日以内にアカウントにログインした会員。'],
    },
    all(did('Signed In', lastDays(30))),
  ),
  template(
    'form-leads-30d',
    'engagement',
    {
      en: ['Form leads to follow up', 'Submitted a form in the last 30 days and are not customers yet.'],
      'zh-TW': ['填表待跟進名單', '最近 30 天填寫過表單，尚未成為顧客。'],
      'zh-CN': ['填表待跟进名单', '最近 30 天填写过表单，尚未成为客户。'],
      ja: ['フォーム送信者（要フォロー）', '過去 30 日以内にフォームを送信し、まだ顧客になっていない人。'],
    },
    all(did('Form Submitted', lastDays(30)), noOrders()),
  ),
  template(
    'product-reviewers',
    'engagement',
    {
      en: ['Product reviewers', 'Wrote a product review in the last year. Invite them to share or refer friends.'],
      'zh-TW': ['留下評價的顧客', '最近一年內寫過商品評價；可邀請分享或推薦親友。'],
      'zh-CN': ['写过评价的客户', '最近一年写过商品评价；可邀请分享或推荐亲友。'],
      ja: ['レビュー投稿者', '過去 1 年以内に商品レビューを書いた人。シェアや友人紹介をお願いしましょう。'],
    },
    all(did('Product Reviewed', lastDays(365))),
  ),
  template(
    'sharers',
    'engagement',
    {
      en: ['Sharers', 'Shared a product or their cart in the last 90 days. Good candidates for a referral programme.'],
      'zh-TW': ['樂於分享的顧客', '最近 90 天分享過商品或購物車，適合推薦好友方案。'],
      'zh-CN': ['乐于分享的客户', '最近 90 天分享过商品或购物车，适合推荐好友计划。'],
      ja: ['シェアしてくれる人', '過去 90 日以内に商品やカートをシェアした人。紹介プログラムに向いています。'],
    },
    any(did('Product Shared', lastDays(90)), did('Cart Shared', lastDays(90))),
  ),

  // ─── Messaging ────────────────────────────────────────────────────────────────────────────────
  template(
    'email-subscribers',
    'messaging',
    {
      en: ['Email subscribers', 'Have agreed to receive marketing email.'],
      'zh-TW': ['Email 訂閱者', '同意接收行銷 Email 的聯絡人。'],
      'zh-CN': ['邮件订阅者', '同意接收营销邮件的联系人。'],
      ja: ['メール配信許可あり', 'マーケティングメールの受信に同意している人。'],
    },
    all(profile('consent.email', 'eq', 'subscribed')),
  ),
  template(
    'email-unsubscribed',
    'messaging',
    {
      en: ['Unsubscribed from email', 'Have withdrawn consent to marketing email. Keep them out of email campaigns.'],
      'zh-TW': ['已退訂 Email', '已取消同意接收行銷 Email，發送活動時請排除。'],
      'zh-CN': ['已退订邮件', '已撤回接收营销邮件的同意，发送活动时请排除。'],
      ja: ['メール配信停止者', 'マーケティングメールの配信を停止した人。メール施策から除外してください。'],
    },
    all(profile('consent.email', 'eq', 'unsubscribed')),
  ),
  template(
    'sms-subscribers',
    'messaging',
    {
      en: ['SMS subscribers', 'Have agreed to receive marketing text messages.'],
      'zh-TW': ['簡訊訂閱者', '同意接收行銷簡訊的聯絡人。'],
      'zh-CN': ['短信订阅者', '同意接收营销短信的联系人。'],
      ja: ['SMS 配信許可あり', 'マーケティング SMS の受信に同意している人。'],
    },
    all(profile('consent.sms', 'eq', 'subscribed')),
  ),
  template(
    'line-subscribers',
    'messaging',
    {
      en: ['LINE subscribers', 'Have agreed to receive marketing messages on LINE.'],
      'zh-TW': ['LINE 訂閱者', '同意透過 LINE 接收行銷訊息的聯絡人。'],
      'zh-CN': ['LINE 订阅者', '同意通过 LINE 接收营销消息的联系人。'],
      ja: ['LINE 配信許可あり', 'LINE でのマーケティングメッセージ受信に同意している人。'],
    },
    all(profile('consent.line', 'eq', 'subscribed')),
  ),
  template(
    'no-marketing-consent',
    'messaging',
    {
      en: ['No marketing consent', 'Not subscribed to email, SMS or LINE. Ask for consent before marketing to them.'],
      'zh-TW': ['尚未同意接收行銷訊息', '未訂閱 Email、簡訊或 LINE；行銷前請先取得同意。'],
      'zh-CN': ['未同意接收营销消息', '未订阅邮件、短信或 LINE；营销前请先取得同意。'],
      ja: ['配信許可なし', 'メール・SMS・LINE のいずれも配信許可がない人。マーケティングの前に同意を取りましょう。'],
    },
    all(none(profile('consent.email', 'eq', 'subscribed'), profile('consent.sms', 'eq', 'subscribed'), profile('consent.line', 'eq', 'subscribed'))),
  ),
  template(
    'opened-never-clicked-30d',
    'messaging',
    {
      en: ['Opened but never clicked', 'Opened a message in the last 30 days but clicked nothing. Try a different offer or call to action.'],
      'zh-TW': ['有開信但沒點擊', '最近 30 天打開過訊息，但沒有點擊任何連結；試試不同的優惠或行動呼籲。'],
      'zh-CN': ['打开了但没点击', '最近 30 天打开过消息，但没有点击任何链接；试试不同的优惠或行动号召。'],
      ja: ['開封したがクリックなし', '過去 30 日以内にメッセージを開封したが、リンクをクリックしていない人。オファーや CTA を変えてみましょう。'],
    },
    all(message('opened', lastDays(30)), message('clicked', lastDays(30), { op: 'eq', value: 0 })),
  ),
  template(
    'clicked-not-bought-7d',
    'messaging',
    {
      en: ['Clicked a message but did not buy', 'Clicked a link in a message in the last 7 days and placed no order.'],
      'zh-TW': ['點擊訊息但未購買', '最近 7 天點擊過訊息中的連結，但沒有下單。'],
      'zh-CN': ['点击消息但未购买', '最近 7 天点击过消息中的链接，但没有下单。'],
      ja: ['クリックしたが未購入', '過去 7 日以内にメッセージのリンクをクリックしたが、注文していない人。'],
    },
    all(message('clicked', lastDays(7)), noOrders(lastDays(7))),
  ),
  template(
    'engaged-readers-30d',
    'messaging',
    {
      en: ['Engaged readers', 'Opened three or more messages in the last 30 days.'],
      'zh-TW': ['常開信的讀者', '最近 30 天打開 3 則以上訊息。'],
      'zh-CN': ['活跃读者', '最近 30 天打开 3 条及以上消息。'],
      ja: ['よく開封する人', '過去 30 日間に 3 通以上のメッセージを開封した人。'],
    },
    all(message('opened', lastDays(30), { op: 'gte', value: 3 })),
  ),
  template(
    'unengaged-recipients-90d',
    'messaging',
    {
      en: ['Unengaged recipients', 'Received five or more messages in the last 90 days and opened none. Send less often, or stop, to protect deliverability.'],
      'zh-TW': ['長期未開信', '最近 90 天收到 5 則以上訊息卻一則都沒打開；降低頻率或停止發送，以維護送達率。'],
      'zh-CN': ['长期未打开', '最近 90 天收到 5 条及以上消息却一条都没打开；降低频率或停止发送，以保护送达率。'],
      ja: ['長期未開封', '過去 90 日間に 5 通以上受け取ったが 1 通も開封していない人。到達率を守るため、頻度を下げるか配信を止めましょう。'],
    },
    all(message('received', lastDays(90), { op: 'gte', value: 5 }), message('opened', lastDays(90), { op: 'eq', value: 0 })),
  ),
  template(
    'line-clickers-30d',
    'messaging',
    {
      en: ['LINE clickers', 'Clicked a link in a LINE message in the last 30 days.'],
      'zh-TW': ['LINE 訊息點擊者', '最近 30 天點擊過 LINE 訊息中的連結。'],
      'zh-CN': ['LINE 消息点击者', '最近 30 天点击过 LINE 消息中的链接。'],
      ja: ['LINE でクリックした人', '過去 30 日以内に LINE メッセージのリンクをクリックした人。'],
    },
    all(message('clicked', lastDays(30), { op: 'gte', value: 1 }, 'line')),
  ),
  template(
    'subscribers-not-contacted-90d',
    'messaging',
    {
      en: ['Subscribers not contacted in 90 days', 'Subscribed to email but have received no message from you in the last 90 days.'],
      'zh-TW': ['90 天未聯繫的訂閱者', '已訂閱 Email，但最近 90 天沒有收到你的任何訊息。'],
      'zh-CN': ['90 天未联系的订阅者', '已订阅邮件，但最近 90 天没有收到你的任何消息。'],
      ja: ['90 日間連絡していない購読者', 'メール配信に同意しているが、過去 90 日間メッセージを受け取っていない人。'],
    },
    all(profile('consent.email', 'eq', 'subscribed'), message('received', lastDays(90), { op: 'eq', value: 0 })),
  ),
  template(
    'bounced-90d',
    'messaging',
    {
      en: ['Bounced messages', 'A message to them bounced in the last 90 days. Check their address or number.'],
      'zh-TW': ['訊息退回（無法送達）', '最近 90 天有訊息被退回，請確認 Email 或電話是否正確。'],
      'zh-CN': ['消息退回（无法送达）', '最近 90 天有消息被退回，请确认邮箱或电话是否正确。'],
      ja: ['不達（バウンス）', '過去 90 日以内にメッセージが届かなかった人。アドレスや番号を確認してください。'],
    },
    all(message('bounced', lastDays(90))),
  ),
  template(
    'unsubscribed-30d',
    'messaging',
    {
      en: ['Recently unsubscribed', 'Unsubscribed from a message in the last 30 days. Review what you sent them.'],
      'zh-TW': ['近 30 天退訂', '最近 30 天從訊息中退訂；檢視一下發給他們的內容。'],
      'zh-CN': ['近 30 天退订', '最近 30 天通过消息退订；回顾一下发给他们的内容。'],
      ja: ['最近配信停止した人', '過去 30 日以内にメッセージから配信停止した人。送った内容を見直しましょう。'],
    },
    all(message('unsubscribed', lastDays(30))),
  ),

  // ─── Profile ──────────────────────────────────────────────────────────────────────────────────
  template(
    'birthday-this-month',
    'profile',
    {
      en: ['Birthdays this month', 'Their birthday falls in the current month. Send a birthday greeting or gift.'],
      'zh-TW': ['本月壽星', '生日在本月的聯絡人，適合發送生日祝福或生日禮。'],
      'zh-CN': ['本月寿星', '生日在本月的联系人，适合发送生日祝福或生日礼。'],
      ja: ['今月誕生日の人', '誕生日が今月の人。バースデーメッセージや特典を送りましょう。'],
    },
    all(profile('birthday', 'anniversary_this_month')),
  ),
  template(
    'birthday-this-month-customers',
    'profile',
    {
      en: ['Customers with a birthday this month', 'Have ordered before and their birthday is this month: the usual audience for a birthday coupon.'],
      'zh-TW': ['本月壽星（已購顧客）', '曾下過單、且生日在本月的顧客，是生日禮券最常見的對象。'],
      'zh-CN': ['本月寿星（已购客户）', '下过单、且生日在本月的客户，是生日礼券最常见的对象。'],
      ja: ['今月誕生日の購入者', '購入履歴があり、誕生日が今月の顧客。バースデークーポンの定番の対象です。'],
    },
    all(profile('birthday', 'anniversary_this_month'), orders('count', 'gte', 1)),
  ),
  template(
    'missing-birthday',
    'profile',
    {
      en: ['Birthday unknown', 'Reachable contacts without a birthday. Ask for it; a birthday gift is a good reason.'],
      'zh-TW': ['缺少生日資料', '有聯絡方式但沒有生日資料；可用生日禮為誘因請他們補填。'],
      'zh-CN': ['缺少生日信息', '有联系方式但没有生日信息；可用生日礼为诱因请他们补填。'],
      ja: ['誕生日が未登録', '連絡先はあるが誕生日が未登録の人。バースデー特典を理由に登録をお願いしましょう。'],
    },
    all(profile('birthday', 'is_not_set'), reachable()),
  ),
  template(
    'missing-phone',
    'profile',
    {
      en: ['No phone number', 'Have an email address but no phone number, so SMS cannot reach them.'],
      'zh-TW': ['缺少手機號碼', '有 Email 但沒有手機號碼，無法用簡訊聯繫。'],
      'zh-CN': ['缺少手机号', '有邮箱但没有手机号，无法用短信联系。'],
      ja: ['電話番号が未登録', 'メールアドレスはあるが電話番号がなく、SMS が届かない人。'],
    },
    all(profile('email', 'is_set'), profile('phone', 'is_not_set')),
  ),
  template(
    'missing-email',
    'profile',
    {
      en: ['No email address', 'Have a phone number but no email address, so email cannot reach them.'],
      'zh-TW': ['缺少 Email', '有手機號碼但沒有 Email，無法用 Email 聯繫。'],
      'zh-CN': ['缺少邮箱', '有手机号但没有邮箱，无法用邮件联系。'],
      ja: ['メールアドレスが未登録', '電話番号はあるがメールアドレスがなく、メールが届かない人。'],
    },
    all(profile('phone', 'is_set'), profile('email', 'is_not_set')),
  ),
  template(
    'b2b-decision-makers',
    'profile',
    {
      en: ['B2B decision makers', 'Contacts marked as the decision maker at their company.'],
      'zh-TW': ['B2B 決策者', '在所屬公司被標記為決策者的聯絡人。'],
      'zh-CN': ['B2B 决策者', '在所属公司被标记为决策者的联系人。'],
      ja: ['B2B の意思決定者', '所属企業の意思決定者として登録されている連絡先。'],
    },
    all(profile('companyRole', 'eq', 'decision_maker')),
  ),
  template(
    'acquired-via-paid-ads',
    'profile',
    {
      en: ['Came from paid ads', 'First arrived through a paid campaign (utm_medium cpc, ppc, paid, paid_social or display). Compare their value with other channels.'],
      'zh-TW': ['廣告導入的顧客', '首次造訪來自付費廣告（utm_medium 為 cpc、ppc、paid、paid_social 或 display），可與其他管道比較價值。'],
      'zh-CN': ['广告引流的客户', '首次访问来自付费广告（utm_medium 为 cpc、ppc、paid、paid_social 或 display），可与其他渠道比较价值。'],
      ja: ['広告から流入した人', '初回訪問が有料広告経由（utm_medium が cpc、ppc、paid、paid_social、display）の人。他のチャネルと価値を比べましょう。'],
    },
    all(profile('traits.acquisitionMedium', 'in', ['cpc', 'ppc', 'paid', 'paid_social', 'display'])),
  ),

  // ─── Experiment ───────────────────────────────────────────────────────────────────────────────
  template(
    'holdout-10pct',
    'experiment',
    {
      en: ['10% holdout group', 'A stable random 10% of contacts. Leave them out of a campaign to measure its real lift.'],
      'zh-TW': ['10% 對照組', '隨機但固定的 10% 聯絡人；活動中排除他們，就能衡量活動的真實成效。'],
      'zh-CN': ['10% 对照组', '随机但固定的 10% 联系人；活动中排除他们，即可衡量活动的真实效果。'],
      ja: ['10% ホールドアウト群', 'ランダムかつ固定の 10% の連絡先。施策から外すと、本当の効果を測れます。'],
    },
    bucket(0, 9, 'holdout'),
  ),
  template(
    'ab-test-group-a',
    'experiment',
    {
      en: ['A/B test: group A', 'A stable random half of contacts. Pair it with group B to compare two versions.'],
      'zh-TW': ['A/B 測試：A 組', '隨機但固定的一半聯絡人，搭配 B 組比較兩個版本。'],
      'zh-CN': ['A/B 测试：A 组', '随机但固定的一半联系人，搭配 B 组比较两个版本。'],
      ja: ['A/B テスト：A グループ', 'ランダムかつ固定の半数の連絡先。B グループと組み合わせて 2 つの案を比べます。'],
    },
    bucket(0, 49, 'ab-test'),
  ),
  template(
    'ab-test-group-b',
    'experiment',
    {
      en: ['A/B test: group B', 'The other half of the A/B split: everyone not in group A.'],
      'zh-TW': ['A/B 測試：B 組', 'A/B 分組的另一半：所有不在 A 組的聯絡人。'],
      'zh-CN': ['A/B 测试：B 组', 'A/B 分组的另一半：所有不在 A 组的联系人。'],
      ja: ['A/B テスト：B グループ', 'A/B 分割のもう半分。A グループ以外の全員です。'],
    },
    bucket(50, 99, 'ab-test'),
  ),
  template(
    'pilot-5pct',
    'experiment',
    {
      en: ['5% pilot group', 'A stable random 5% of contacts, for trying a message on a small group before sending to everyone.'],
      'zh-TW': ['5% 試發群組', '隨機但固定的 5% 聯絡人，先小量試發，再發送給所有人。'],
      'zh-CN': ['5% 试发群组', '随机但固定的 5% 联系人，先小范围试发，再发送给所有人。'],
      ja: ['5% のテスト配信群', 'ランダムかつ固定の 5% の連絡先。全員に送る前に少人数で試すためのグループです。'],
    },
    bucket(0, 4, 'pilot'),
  ),
];
