import { all, any, lastDays, profile, model, orders, rfmGroup, template, type SegmentTemplate } from './build.js';

/** What customers are worth and whether they stay: value and retention templates. */
export const valueTemplates: SegmentTemplate[] = [
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

];
