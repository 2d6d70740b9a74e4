/**
 * Rendered email HTML in an iframe with every sandbox restriction on: no scripts, no forms, no
 * same origin, so mail (whose HTML comes from templates and contact data) cannot reach the app.
 */
export function HtmlFrame({ html, title, height = 560, testId }: { html: string; title: string; height?: number; testId?: string }) {
  return (
    <iframe
      title={title}
      srcDoc={html}
      sandbox=""
      data-testid={testId}
      style={{ width: '100%', height, border: '1px solid var(--mantine-color-default-border)', borderRadius: 8, background: 'white', display: 'block' }}
    />
  );
}
