import { all, any, none, lastDays, profile, did, abandoned, orders, noOrders, message, bucket, reachable, template, type SegmentTemplate } from './build.js';

/** Templates on what people do and who they are: browsing, cart, engagement, messaging, profile and experiments. */
export const behaviourTemplates: SegmentTemplate[] = [
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
