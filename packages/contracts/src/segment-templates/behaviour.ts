import { all, any, lastDays, profile, did, abandoned, noOrders, template, type SegmentTemplate } from './build.js';

/** What people do on the site: browsing, cart and engagement templates. */
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

];
