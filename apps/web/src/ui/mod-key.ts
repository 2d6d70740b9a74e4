/** The label of the platform's command modifier: ⌘ on Apple devices, Ctrl elsewhere. */
export const modKey = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.userAgent) ? '⌘' : 'Ctrl';
