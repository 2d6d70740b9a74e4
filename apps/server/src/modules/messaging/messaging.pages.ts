import type { ConsentChannel } from '@rapport/contracts';
import { escapeHtml } from '../../platform/html.js';

/**
 * The hosted pages a contact reaches from a message: the preference page and the unsubscribe
 * confirmation. Plain server-rendered HTML in the contact's language: they must work in any mail
 * client's browser, without the app's scripts or a login.
 */
const strings = {
  en: {
    title: 'Your message preferences',
    intro: 'Choose how we may contact you. Changes take effect at once.',
    email: 'Email',
    sms: 'Text messages (SMS)',
    line: 'LINE messages',
    save: 'Save preferences',
    saved: 'Your preferences are saved.',
    unsubscribeTitle: 'Unsubscribe',
    unsubscribeAsk: 'Stop receiving these messages?',
    unsubscribeButton: 'Unsubscribe',
    unsubscribed: 'You are unsubscribed. You will not receive these messages any more.',
    manage: 'Manage all preferences',
    invalid: 'This link is not valid. It may have been copied incompletely.',
    confirmTitle: 'Confirm your subscription',
    confirmAsk: 'Confirm that you want to receive our emails?',
    confirmButton: 'Confirm',
    confirmed: 'Thank you: your subscription is confirmed.',
  },
  'zh-TW': {
    title: '訊息偏好設定',
    intro: '請選擇我們可以聯繫您的方式。變更會立即生效。',
    email: '電子郵件',
    sms: '簡訊（SMS）',
    line: 'LINE 訊息',
    save: '儲存偏好設定',
    saved: '已儲存您的偏好設定。',
    unsubscribeTitle: '取消訂閱',
    unsubscribeAsk: '要停止接收這類訊息嗎？',
    unsubscribeButton: '取消訂閱',
    unsubscribed: '您已取消訂閱，之後不會再收到這類訊息。',
    manage: '管理所有偏好設定',
    invalid: '此連結無效，可能未完整複製。',
    confirmTitle: '確認訂閱',
    confirmAsk: '確定要收到我們的電子郵件嗎？',
    confirmButton: '確認',
    confirmed: '謝謝！您的訂閱已確認。',
  },
  'zh-CN': {
    title: '消息偏好设置',
    intro: '请选择我们可以联系您的方式。更改会立即生效。',
    email: '电子邮件',
    sms: '短信（SMS）',
    line: 'LINE 消息',
    save: '保存偏好设置',
    saved: '已保存您的偏好设置。',
    unsubscribeTitle: '退订',
    unsubscribeAsk: '要停止接收这类消息吗？',
    unsubscribeButton: '退订',
    unsubscribed: '您已退订，之后不会再收到这类消息。',
    manage: '管理所有偏好设置',
    invalid: '此链接无效，可能未完整复制。',
    confirmTitle: '确认订阅',
    confirmAsk: '确定要收到我们的电子邮件吗？',
    confirmButton: '确认',
    confirmed: '谢谢！您的订阅已确认。',
  },
  ja: {
    title: 'メッセージの配信設定',
    intro: 'ご連絡の方法をお選びください。変更はすぐに反映されます。',
    email: 'メール',
    sms: 'SMS',
    line: 'LINE メッセージ',
    save: '設定を保存',
    saved: '配信設定を保存しました。',
    unsubscribeTitle: '配信停止',
    unsubscribeAsk: 'これらのメッセージの受信を停止しますか？',
    unsubscribeButton: '配信を停止する',
    unsubscribed: '配信を停止しました。今後これらのメッセージは届きません。',
    manage: 'すべての配信設定を管理',
    invalid: 'このリンクは無効です。途中までしかコピーされていない可能性があります。',
    confirmTitle: '配信登録の確認',
    confirmAsk: 'メールの配信を希望されますか？',
    confirmButton: '確認する',
    confirmed: 'ありがとうございます。配信登録が確認されました。',
  },
} as const;

type Lang = keyof typeof strings;
export type PageStrings = (typeof strings)[Lang];

/** The contact's locale when known, else the browser's, else English. */
export function pageLanguage(locale: string | null, acceptLanguage: string | undefined): Lang {
  const candidates = [locale, ...(acceptLanguage ?? '').split(',').map((p) => p.split(';')[0]!.trim())].filter((x): x is string => Boolean(x));
  for (const c of candidates) {
    const l = c.toLowerCase();
    if (l === 'zh-tw' || l === 'zh-hant' || l === 'zh-hk' || l.startsWith('zh-hant')) return 'zh-TW';
    if (l.startsWith('zh')) return 'zh-CN';
    if (l.startsWith('ja')) return 'ja';
    if (l.startsWith('en')) return 'en';
  }
  return 'en';
}

function layout(lang: Lang, title: string, body: string): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="robots" content="noindex"><title>${escapeHtml(title)}</title>
<style>body{font-family:system-ui,-apple-system,"Noto Sans TC","Noto Sans JP",sans-serif;max-width:32rem;margin:3rem auto;padding:0 1rem;color:#1a1b1e}
label{display:flex;gap:.6rem;align-items:center;margin:.8rem 0;font-size:1.05rem}button{font:inherit;padding:.55rem 1.2rem;border:0;border-radius:6px;background:#1c7ed6;color:#fff;cursor:pointer}
.note{background:#ebfbee;padding:.7rem 1rem;border-radius:6px}</style></head><body>${body}</body></html>`;
}

export function preferencesPage(lang: Lang, token: string, channels: { channel: ConsentChannel; subscribed: boolean }[], saved: boolean): string {
  const t = strings[lang];
  const boxes = channels
    .map((c) => `<label><input type="checkbox" name="${c.channel}" value="on" data-channel="${c.channel}"${c.subscribed ? ' checked' : ''}> ${escapeHtml(t[c.channel as 'email' | 'sms' | 'line'])}</label>`)
    .join('');
  return layout(
    lang,
    t.title,
    `<h1>${escapeHtml(t.title)}</h1>${saved ? `<p class="note" role="status">${escapeHtml(t.saved)}</p>` : ''}<p>${escapeHtml(t.intro)}</p>
<form method="post" action="/preferences/${escapeHtml(token)}"><input type="hidden" name="form" value="preferences">${boxes}<p><button type="submit">${escapeHtml(t.save)}</button></p></form>`,
  );
}

export function unsubscribePage(lang: Lang, token: string, done: boolean): string {
  const t = strings[lang];
  const body = done
    ? `<p class="note" role="status">${escapeHtml(t.unsubscribed)}</p>`
    : `<p>${escapeHtml(t.unsubscribeAsk)}</p><form method="post" action="/u/${escapeHtml(token)}"><input type="hidden" name="confirm" value="1"><button type="submit">${escapeHtml(t.unsubscribeButton)}</button></form>`;
  return layout(lang, t.unsubscribeTitle, `<h1>${escapeHtml(t.unsubscribeTitle)}</h1>${body}<p><a href="/preferences/${escapeHtml(token)}">${escapeHtml(t.manage)}</a></p>`);
}

/** The double opt-in confirmation: a button, not the GET itself, confirms (mail scanners open links). */
export function confirmPage(lang: Lang, token: string, done: boolean): string {
  const t = strings[lang];
  const body = done
    ? `<p class="note" role="status">${escapeHtml(t.confirmed)}</p>`
    : `<p>${escapeHtml(t.confirmAsk)}</p><form method="post" action="/confirm/${escapeHtml(token)}"><button type="submit">${escapeHtml(t.confirmButton)}</button></form>`;
  return layout(lang, t.confirmTitle, `<h1>${escapeHtml(t.confirmTitle)}</h1>${body}`);
}

export function invalidLinkPage(lang: Lang): string {
  return layout(lang, strings[lang].title, `<p>${escapeHtml(strings[lang].invalid)}</p>`);
}
