import type { RenderedMessage } from '@rapport/contracts';
import { EmailPreview } from './EmailPreview';
import { LinePreview } from './LinePreview';
import { SmsPreview } from './SmsPreview';
import { WebhookPreview } from './WebhookPreview';

/** A rendered message as its channel would show it. */
export function RenderedView({ message }: { message: RenderedMessage }) {
  switch (message.channel) {
    case 'email':
      return <EmailPreview subject={message.subject} preheader={message.preheader} html={message.html} />;
    case 'sms':
      return <SmsPreview text={message.text} />;
    case 'line':
      return <LinePreview messages={message.messages} />;
    case 'webhook':
      return <WebhookPreview url={message.url} body={message.body} />;
  }
}
