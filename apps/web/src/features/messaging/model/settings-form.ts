import type { MessagingSettings, MessagingSettingsInput } from '@rapport/contracts';

export type SmsProvider = 'none' | 'generic' | 'mitake';

/**
 * The messaging settings as the form holds them: flat, each optional part behind a switch, and
 * secrets always empty (they are write-only: empty keeps the saved one).
 */
export interface SettingsForm {
  senderOn: boolean;
  fromName: string;
  fromAddress: string;
  replyTo: string;
  timeZone: string;
  quietOn: boolean;
  quietStart: string;
  quietEnd: string;
  capOn: boolean;
  capCount: number | string;
  capDays: number | string;
  conversionWindowDays: number | string;
  smsProvider: SmsProvider;
  smsUrl: string;
  smsToken: string;
  smsSender: string;
  mitakeBaseUrl: string;
  mitakeUsername: string;
  mitakePassword: string;
  lineOn: boolean;
  lineToken: string;
  lineBaseUrl: string;
}

export function formOf(s: MessagingSettings): SettingsForm {
  return {
    senderOn: s.sender !== null,
    fromName: s.sender?.fromName ?? '',
    fromAddress: s.sender?.fromAddress ?? '',
    replyTo: s.sender?.replyTo ?? '',
    timeZone: s.timeZone,
    quietOn: s.quietHours !== null,
    quietStart: s.quietHours?.start ?? '21:00',
    quietEnd: s.quietHours?.end ?? '08:00',
    capOn: s.frequencyCap !== null,
    capCount: s.frequencyCap?.count ?? 3,
    capDays: s.frequencyCap?.days ?? 7,
    conversionWindowDays: s.conversionWindowDays,
    smsProvider: s.sms?.provider ?? 'none',
    smsUrl: s.sms?.provider === 'generic' ? (s.sms.url ?? '') : '',
    smsToken: '',
    smsSender: s.sms?.provider === 'generic' ? (s.sms.sender ?? '') : '',
    mitakeBaseUrl: s.sms?.provider === 'mitake' ? (s.sms.url ?? '') : '',
    mitakeUsername: s.sms?.provider === 'mitake' ? (s.sms.username ?? '') : '',
    mitakePassword: '',
    lineOn: s.line !== null,
    lineToken: '',
    lineBaseUrl: s.line?.baseUrl ?? '',
  };
}

const num = (v: number | string) => (typeof v === 'number' ? v : v.trim() === '' ? Number.NaN : Number(v));
/** An optional text: left out when empty. */
const opt = (v: string) => (v.trim() ? v.trim() : undefined);

/** The request: parts switched off are null, secrets left empty are left out so the saved ones stay. */
export function settingsInput(f: SettingsForm): MessagingSettingsInput {
  return {
    sender: f.senderOn ? { fromName: f.fromName, fromAddress: f.fromAddress.trim(), replyTo: opt(f.replyTo) ?? null } : null,
    timeZone: f.timeZone,
    quietHours: f.quietOn ? { start: f.quietStart, end: f.quietEnd } : null,
    frequencyCap: f.capOn ? { count: num(f.capCount), days: num(f.capDays) } : null,
    conversionWindowDays: num(f.conversionWindowDays),
    sms:
      f.smsProvider === 'generic'
        ? { provider: 'generic', url: f.smsUrl.trim(), token: opt(f.smsToken), sender: opt(f.smsSender) }
        : f.smsProvider === 'mitake'
          ? { provider: 'mitake', baseUrl: opt(f.mitakeBaseUrl), username: f.mitakeUsername.trim(), password: opt(f.mitakePassword) }
          : null,
    line: f.lineOn ? { channelAccessToken: opt(f.lineToken), baseUrl: opt(f.lineBaseUrl) } : null,
  };
}

const paths: Record<string, keyof SettingsForm> = {
  'sender.fromName': 'fromName',
  'sender.fromAddress': 'fromAddress',
  'sender.replyTo': 'replyTo',
  timeZone: 'timeZone',
  'quietHours.start': 'quietStart',
  'quietHours.end': 'quietEnd',
  'frequencyCap.count': 'capCount',
  'frequencyCap.days': 'capDays',
  conversionWindowDays: 'conversionWindowDays',
  'sms.url': 'smsUrl',
  'sms.token': 'smsToken',
  'sms.sender': 'smsSender',
  'sms.baseUrl': 'mitakeBaseUrl',
  'sms.username': 'mitakeUsername',
  'sms.password': 'mitakePassword',
  'line.channelAccessToken': 'lineToken',
  'line.baseUrl': 'lineBaseUrl',
};

/** The form field that shows a complaint about this request path, or null when none does. */
export const formFieldOf = (path: string): keyof SettingsForm | null => paths[path] ?? null;

/**
 * Secrets a provider cannot work without, when none is saved: what the form asks for before
 * sending (the server keeps a saved secret when the field is left empty, so it cannot tell).
 */
export function missingSecrets(f: SettingsForm, s: MessagingSettings): (keyof SettingsForm)[] {
  const out: (keyof SettingsForm)[] = [];
  const saved = (provider: SmsProvider) => s.sms?.provider === provider && s.sms.hasSecret;
  if (f.smsProvider === 'mitake' && !f.mitakePassword.trim() && !saved('mitake')) out.push('mitakePassword');
  if (f.lineOn && !f.lineToken.trim() && !s.line?.hasToken) out.push('lineToken');
  return out;
}
