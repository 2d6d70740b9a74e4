import sanitizeHtml from 'sanitize-html';
import { escapeHtml } from '../../platform/html.js';

/**
 * Notes are rich text written by one user and shown to others, so only formatting survives:
 * no scripts, styles, event handlers, iframes or javascript: links. Links open in a new tab
 * without handing the opener to the target.
 */
const options: sanitizeHtml.IOptions = {
  allowedTags: ['p', 'br', 'strong', 'b', 'em', 'i', 'u', 's', 'a', 'ul', 'ol', 'li', 'blockquote', 'code', 'pre', 'h3', 'h4', 'hr'],
  allowedAttributes: { a: ['href'] },
  allowedSchemes: ['http', 'https', 'mailto', 'tel'],
  allowProtocolRelative: false,
  transformTags: { a: sanitizeHtml.simpleTransform('a', { target: '_blank', rel: 'noopener noreferrer nofollow' }) },
};
options.allowedAttributes = { a: ['href', 'target', 'rel'] };

/** Plain text is escaped into paragraphs; HTML keeps its formatting and loses everything else. */
export function sanitizeNote(input: string): string {
  const looksLikeHtml = /<\/?[a-z][\s\S]*>/i.test(input);
  const html = looksLikeHtml
    ? input
    : input
        .split(/\n{2,}/)
        .map((p) => `<p>${escapeHtml(p).replace(/\n/g, '<br>')}</p>`)
        .join('');
  return sanitizeHtml(html, options).trim();
}
