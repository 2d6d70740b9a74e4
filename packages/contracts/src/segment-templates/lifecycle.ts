import { all, none, ever, lastDays, profile, did, didNot, orders, noOrders, inStore, online, rfmGroup, nasld, reachable, template, type SegmentTemplate } from './build.js';

/** Who customers are on their way: lifecycle and purchase templates. */
export const lifecycleTemplates: SegmentTemplate[] = [
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

];
