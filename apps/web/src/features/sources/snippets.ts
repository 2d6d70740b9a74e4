/**
 * The install snippets shown for a source. The tracker is served by this Rapport instance, so the
 * origin is the app's own; write keys are public by design and may appear in page source.
 */

/** The tag a site pastes into its pages. */
export const webSnippet = (origin: string, writeKey: string) =>
  `<script async src="${origin}/t.js" data-write-key="${writeKey}"></script>`;

/** The same tag waiting for rapport.consent(true), for sites with a cookie banner. */
export const webConsentSnippet = (origin: string, writeKey: string) =>
  `<script async src="${origin}/t.js" data-write-key="${writeKey}" data-require-consent></script>
<script>
  // Call when the visitor accepts tracking in your cookie banner:
  // rapport.consent(true);
</script>`;

/** Markup the tracker reads without any code: a tracked click and an identifying form. */
export const webMarkupSnippet = () =>
  `<button data-rapport-track="Signup Clicked" data-rapport-prop-plan="pro">Sign up</button>

<form data-rapport-identify>
  <input name="email" type="email">
  <input name="name">
  <button type="submit">Subscribe</button>
</form>`;

/** Segment's Node library pointed at Rapport: `host` replaces api.segment.io. */
export const nodeSnippet = (origin: string, writeKey: string) =>
  `// npm install @segment/analytics-node
import { Analytics } from '@segment/analytics-node';

const analytics = new Analytics({
  writeKey: '${writeKey}',
  host: '${origin}',
});

analytics.identify({ userId: 'user-123', traits: { email: 'ada@example.com' } });
analytics.track({ userId: 'user-123', event: 'Order Completed', properties: { total: 42 } });`;

/** Any HTTP client: the write key is the basic-auth user name, with an empty password. */
export const curlSnippet = (origin: string, writeKey: string) =>
  `curl -u '${writeKey}:' -H 'content-type: application/json' \\
  -d '{"userId":"user-123","event":"Order Completed","properties":{"total":42}}' \\
  ${origin}/v1/track`;
