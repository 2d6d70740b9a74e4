import { useDebouncedValue } from '@mantine/hooks';
import { messageContentSchema, messageTemplateInputSchema, type MessageContent, type MessageTemplate } from '@rapport/contracts';
import { useNavigate } from '@tanstack/react-router';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../../lib/api';
import { schemaValidator } from '../../../../lib/form-validation';
import { notifySuccess } from '../../../../lib/notify';
import { useCreateTemplate } from '../../api/create-template';
import { useContentPreview } from '../../api/preview-content';
import { useUpdateTemplate } from '../../api/update-template';
import { cleanContent, cleanDraft, defaultVariant, draftOf, patchOf, same, sameValueAt, setAt, valueAt, variantOf, variantPrefix, type Draft } from '../../model/draft';
import { problemErrors, unplacedErrors, variantsWithErrors, type PathErrors } from '../../model/errors';
import { insertAt } from '../../model/variables';
import { usePreviewContact } from '../preview-contact';
import type { Bind } from './bind';

/** How long typing may pause before the preview asks the server. */
const previewDelayMs = 400;

const validate = schemaValidator<Draft>(messageTemplateInputSchema);

interface Failure {
  /** What was sent: each complaint shows only while the value it is about is unchanged. */
  sent: Draft;
  errors: PathErrors;
}

/** The field that takes an inserted variable when none was focused: the body of the message. */
function mainField(content: MessageContent): string | null {
  switch (content.channel) {
    case 'email':
      return 'mjml';
    case 'sms':
      return 'text';
    case 'line': {
      const i = content.messages.findIndex((m) => m.type === 'text');
      return i < 0 ? null : `messages.${i}.text`;
    }
    case 'webhook':
      return 'body';
  }
}

/**
 * The editor's state: the draft, the variant on screen, the live preview of that variant, and the
 * complaints of the preview and of the last save, each shown at the field it names.
 */
export function useTemplateEditor(template: MessageTemplate | undefined, initial: Draft) {
  const { t } = useTranslation('messaging');
  const navigate = useNavigate();
  const [draft, setDraft] = useState(initial);
  const [locale, setLocale] = useState(defaultVariant);
  const [contact, setContact] = usePreviewContact();
  const [failure, setFailure] = useState<Failure | null>(null);
  const target = useRef<{ el: HTMLInputElement | HTMLTextAreaElement; path: string } | null>(null);
  const create = useCreateTemplate();
  const update = useUpdateTemplate(template?.id ?? '');

  const active = locale === defaultVariant || locale in draft.localized ? locale : defaultVariant;
  const prefix = variantPrefix(active);
  const variant = variantOf(draft, active);

  // Memoised so the debounce sees a new value only when the variant or the contact changes.
  const request = useMemo(() => ({ contactId: contact?.id ?? null, locale: active, content: cleanContent(variant) }), [contact?.id, active, variant]);
  const [sent] = useDebouncedValue(request, previewDelayMs);
  const complete = useMemo(() => messageContentSchema.safeParse(sent.content).success, [sent.content]);
  const preview = useContentPreview(complete && sent.contactId ? { contactId: sent.contactId, content: sent.content } : null);
  const previewErrors = useMemo(() => (preview.isError ? problemErrors(preview.error, sent.locale) : new Map<string, string>()), [preview.isError, preview.error, sent.locale]);
  // A contact deleted meanwhile (or of another workspace) is let go, and the picker takes another.
  const contactGone = preview.isError && isApiError(preview.error) && preview.error.status === 404 && contact !== null && contact.id === sent.contactId;
  useEffect(() => {
    if (contactGone) setContact(null);
  }, [contactGone, setContact]);

  const saveErrors = new Map([...(failure?.errors ?? [])].filter(([path]) => (path ? sameValueAt(failure!.sent, draft, path) : same(failure!.sent, draft))));
  const errors: PathErrors = new Map([...previewErrors, ...saveErrors]);

  const bind: Bind = (rel) => {
    const path = `${prefix}.${rel}`;
    const value = valueAt(draft, path);
    return {
      value: typeof value === 'string' ? value : '',
      onChange: (e) => {
        const next = e.currentTarget.value;
        setDraft((d) => setAt(d, path, next));
      },
      onFocus: (e) => {
        target.current = { el: e.currentTarget, path };
      },
      error: errors.get(path),
      wrapperProps: { 'data-path': path },
      errorProps: { 'data-testid': 'field-error' },
    };
  };

  /** Puts a variable at the cursor of the last field edited in this variant, else at the end of its body. */
  const insert = (snippet: string) => {
    const focused = target.current;
    if (focused && focused.el.isConnected && focused.path.startsWith(`${prefix}.`)) {
      const { el, path } = focused;
      const { value, caret } = insertAt(el.value, el.selectionStart ?? el.value.length, el.selectionEnd ?? el.value.length, snippet);
      setDraft((d) => setAt(d, path, value));
      requestAnimationFrame(() => {
        el.focus();
        el.setSelectionRange(caret, caret);
      });
      return;
    }
    const main = mainField(variant);
    if (!main) return;
    const path = `${prefix}.${main}`;
    setDraft((d) => setAt(d, path, `${String(valueAt(d, path) ?? '')}${snippet}`));
  };

  const fail = (errs: PathErrors) => {
    setFailure({ sent: draft, errors: errs });
    // Show a variant that has something to fix when the one on screen has nothing.
    const where = variantsWithErrors(errs);
    if (where.size && !where.has(active)) setLocale([...where][0]!);
  };

  const save = () => {
    const clean = cleanDraft(draft);
    const local = Object.entries(validate(clean));
    if (local.length) return fail(new Map(local.map(([path, message]) => [path, String(message)])));
    setFailure(null);
    if (!template) {
      create.mutate(clean, {
        onSuccess: (saved) => {
          notifySuccess(t('editor.created', { name: saved.name }));
          void navigate({ to: '/messages/templates/$templateId', params: { templateId: saved.id }, replace: true });
        },
        onError: (error) => fail(problemErrors(error)),
      });
    } else {
      update.mutate(patchOf(template, draft), {
        onSuccess: (saved) => notifySuccess(t('editor.saved', { version: saved.version })),
        onError: (error) => fail(problemErrors(error)),
      });
    }
  };

  const addLocale = (tag: string) => {
    // A new variant starts as a copy of the default, to translate rather than retype.
    setDraft((d) => ({ ...d, localized: { ...d.localized, [tag]: d.content } }));
    setLocale(tag);
  };
  const removeLocale = (tag: string) => {
    setDraft((d) => ({ ...d, localized: Object.fromEntries(Object.entries(d.localized).filter(([k]) => k !== tag)) }));
    setLocale(defaultVariant);
  };

  return {
    draft,
    setDraft,
    locale: active,
    setLocale,
    variant,
    setVariant: (content: MessageContent) => setDraft((d) => setAt(d, prefix, content)),
    bind,
    errorAt: (rel: string) => errors.get(`${prefix}.${rel}`),
    nameError: errors.get('name'),
    withErrors: variantsWithErrors(errors),
    saveProblems: unplacedErrors(saveErrors, draft),
    insert,
    addLocale,
    removeLocale,
    save,
    saving: create.isPending || update.isPending,
    dirty: template ? !same(cleanDraft(draft), draftOf(template)) : true,
    contact,
    setContact,
    preview: {
      rendered: preview.data,
      isFetching: preview.isFetching,
      failed: preview.isError,
      problems: unplacedErrors(previewErrors, draft),
      incomplete: !complete,
    },
  };
}

export type TemplateEditorState = ReturnType<typeof useTemplateEditor>;
