/**
 * Brings the first invalid input of a long form into view and focuses it, once React has rendered
 * the errors. Without it a failed save of a long form may show nothing where the user is looking.
 */
export function focusFirstError(form: HTMLFormElement | null) {
  requestAnimationFrame(() => {
    const input = form?.querySelector<HTMLElement>('[aria-invalid="true"]');
    input?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    input?.focus({ preventScroll: true });
  });
}
