import type { MessageContent } from '@rapport/contracts';
import type { ContentFieldsProps } from './bind';
import { EmailFields } from './EmailFields';
import { LineFields } from './LineFields';
import { SmsFields } from './SmsFields';
import { WebhookFields } from './WebhookFields';

/** The form of one variant's content, by channel. */
export function ContentFields({ content, bind, onChange, errorAt }: ContentFieldsProps<MessageContent>) {
  const common = { bind, onChange, errorAt };
  switch (content.channel) {
    case 'email':
      return <EmailFields content={content} {...common} />;
    case 'sms':
      return <SmsFields content={content} {...common} />;
    case 'line':
      return <LineFields content={content} {...common} />;
    case 'webhook':
      return <WebhookFields content={content} {...common} />;
  }
}
