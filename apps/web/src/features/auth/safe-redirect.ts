/** Only same-origin paths are followed after login, so a crafted link cannot send users elsewhere. */
export function safeRedirect(target: string | undefined, fallback = '/contacts'): string {
  if (!target || !target.startsWith('/') || target.startsWith('//') || target.startsWith('/\\')) return fallback;
  if (target.startsWith('/login') || target.startsWith('/setup')) return fallback;
  return target;
}
