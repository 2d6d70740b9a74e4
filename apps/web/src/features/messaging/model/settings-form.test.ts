import { messagingSettingsInputSchema, type MessagingSettings } from '@rapport/contracts';
import { describe, expect, it } from 'vitest';
import { formFieldOf, formOf, missingSecrets, settingsInput } from './settings-form';

const fresh: MessagingSettings = {
  sender: null,
  timeZone: 'UTC',
  quietHours: null,
  frequencyCap: null,
  conversionWindowDays: 5,
  sms: null,
  line: null,
  webhookSecret: 'whsec_abc',
};

const configured: MessagingSettings = {
  sender: { fromName: 'Shop', fromAddress: 'news@shop.example', replyTo: null },
  timeZone: 'Asia/Taipei',
  quietHours: { start: '22:00', end: '09:00' },
  frequencyCap: { count: 3, days: 7 },
  conversionWindowDays: 7,
  sms: { provider: 'mitake', url: null, username: 'shop', sender: null, hasSecret: true },
  line: { hasToken: true, baseUrl: null },
  webhookSecret: 'whsec_abc',
};

describe('messaging settings form', () => {
  it('sends the defaults of a new workspace back unchanged', () => {
    expect(settingsInput(formOf(fresh))).toEqual({ sender: null, timeZone: 'UTC', quietHours: null, frequencyCap: null, conversionWindowDays: 5, sms: null, line: null });
  });

  it('leaves saved secrets out, so the server keeps them', () => {
    const input = settingsInput(formOf(configured));
    expect(input.sms).toEqual({ provider: 'mitake', baseUrl: undefined, username: 'shop', password: undefined });
    expect(input.line).toEqual({ channelAccessToken: undefined, baseUrl: undefined });
    expect(input.sender).toEqual({ fromName: 'Shop', fromAddress: 'news@shop.example', replyTo: null });
    expect(messagingSettingsInputSchema.safeParse(input).success).toBe(true);
    expect(missingSecrets(formOf(configured), configured)).toEqual([]);
  });

  it('sends a new secret, and asks for one a provider needs when none is saved', () => {
    const form = { ...formOf(fresh), smsProvider: 'generic' as const, smsUrl: 'https://sms.example/send', smsToken: ' t0ken ', lineOn: true };
    expect(settingsInput(form).sms).toEqual({ provider: 'generic', url: 'https://sms.example/send', token: 't0ken', sender: undefined });
    expect(missingSecrets(form, fresh)).toEqual(['lineToken']);
    expect(missingSecrets({ ...form, smsProvider: 'mitake' }, fresh)).toEqual(['mitakePassword', 'lineToken']);
  });

  it('places the server’s complaints at the form’s fields', () => {
    expect(formFieldOf('frequencyCap.count')).toBe('capCount');
    expect(formFieldOf('sms.baseUrl')).toBe('mitakeBaseUrl');
    expect(formFieldOf('webhookSecret')).toBeNull();
  });
});
