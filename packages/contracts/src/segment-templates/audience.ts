import { all, none, lastDays, profile, orders, noOrders, message, bucket, reachable, template, type SegmentTemplate } from './build.js';

/** How to reach people and whom to hold out: messaging, profile and experiment templates. */
export const audienceTemplates: SegmentTemplate[] = [
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
