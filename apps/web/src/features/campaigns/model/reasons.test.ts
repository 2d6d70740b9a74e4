import { describe, expect, it } from 'vitest';
import { splitReason } from './reasons';

describe('send reasons', () => {
  it('split a known key from the detail after it', () => {
    expect(splitReason('no_consent: email consent is unknown')).toEqual({ key: 'no_consent', detail: 'email consent is unknown' });
    expect(splitReason('campaign_cancelled')).toEqual({ key: 'campaign_cancelled', detail: null });
  });

  it('keep a provider’s own text whole', () => {
    expect(splitReason('SMTP 550: mailbox unavailable')).toEqual({ key: null, detail: 'SMTP 550: mailbox unavailable' });
    expect(splitReason('quiet hours')).toEqual({ key: null, detail: 'quiet hours' });
  });
});
