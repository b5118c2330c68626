/**
 * The simple "My principle" form: title, advice, a phrasing and a few trigger words, saved as one
 * of the rep's own principles. Problems show only for a field the rep has typed in, or after Save;
 * "Advanced" opens the same principle in the full pack-format editor.
 */
import { useMemo, useState } from 'preact/hooks';
import type { Principle } from '../../data/types';
import { Button } from '../../ui/components';
import { t, uiLanguage } from '../../ui/i18n';
import { FieldErrors } from '../components';
import {
  checkSimpleDraft,
  type SimpleContext,
  type SimpleDraft,
  type SimpleField,
} from '../simple-model';
import { textInUiLanguage } from '../labels';
import { usePage } from '../state';
import { errId, invalidProps } from './SignalRows';

const fieldId = (field: string) => `s-${field}`;

/** The simple form; `savedId` is the principle's id when it is already saved. */
export function SimplePrincipleForm(props: {
  draft: SimpleDraft;
  savedId?: string;
  onClose: () => void;
  /** Opens the full editor on what the form holds now. */
  onAdvanced: (principle: Principle) => void;
}) {
  const { data, connector, run } = usePage();
  const [draft, setDraft] = useState(props.draft);
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [tried, setTried] = useState(false);
  const context = useMemo(
    (): SimpleContext => ({
      language: uiLanguage(),
      // Every id in use, so the rep's principle never silently replaces a bundled one.
      takenIds: [...data.own.map((p) => p.id), ...data.principles.map((e) => e.id)].filter(
        (id) => id !== props.savedId,
      ),
      savedId: props.savedId,
      sourceTitle: t('optionsSimpleSource'),
    }),
    [data, props.savedId],
  );
  const check = useMemo(() => checkSimpleDraft(draft, context), [draft, context]);
  const shown = (field: SimpleField) =>
    tried || touched.has(field)
      ? check.problems
          .filter((p) => p.field === field)
          .map((p) => (p.detail ? t(p.key, p.detail) : t(p.key)))
      : undefined;
  const formProblems = tried
    ? check.problems.filter((p) => p.field === 'form').map((p) => t(p.key, p.detail ?? ''))
    : [];
  const typed = (field: SimpleField) =>
    setTouched((old) => (old.has(field) ? old : new Set([...old, field])));
  const set = (patch: Partial<SimpleDraft>) => setDraft((old) => ({ ...old, ...patch }));

  const save = async (event: Event) => {
    event.preventDefault();
    setTried(true);
    if (check.problems.length > 0) {
      const first = check.problems[0]?.field;
      if (first && first !== 'form')
        document.getElementById(fieldId(first === 'words' ? 'words-en' : first))?.focus();
      return;
    }
    const { principle } = check;
    const ok = await run(
      () => connector.saveOwnPrinciple(principle, props.savedId),
      t('optionsSimpleSaved', textInUiLanguage(principle).title),
    );
    if (ok) props.onClose();
  };

  const field = (
    name: 'title' | 'summary' | 'why' | 'phrasing',
    label: string,
    hint: string | undefined,
    multiline: boolean,
  ) => {
    const errors = shown(name);
    const attrs = {
      id: fieldId(name),
      value: draft[name],
      ...invalidProps(`s-${name}`, errors),
      onInput: (e: { currentTarget: HTMLInputElement | HTMLTextAreaElement }) => {
        set({ [name]: e.currentTarget.value });
        typed(name);
      },
    };
    return (
      <div class="field">
        <label for={fieldId(name)}>{label}</label>
        {hint && <span class="hint">{hint}</span>}
        {multiline ? <textarea rows={2} {...attrs} /> : <input type="text" {...attrs} />}
        <FieldErrors id={errId(`s-${name}`)} errors={errors} />
      </div>
    );
  };
  const wordErrors = shown('words');

  return (
    <form class="simple" onSubmit={(e) => void save(e)} noValidate>
      <div class="editor__bar">
        <h3 class="editor__title">
          {props.savedId ? t('optionsEditPrinciple') : t('optionsNewPrinciple')}
        </h3>
      </div>
      <p class="hint">{t('optionsSimpleLead')}</p>
      {field('title', t('optionsSimpleTitle'), t('optionsSimpleTitleHint'), false)}
      {field('summary', t('optionsSimpleSummary'), t('optionsSimpleSummaryHint'), true)}
      {field('why', t('optionsSimpleWhy'), undefined, true)}
      {field('phrasing', t('optionsSimplePhrasing'), t('optionsSimplePhrasingHint'), true)}
      <fieldset class="field simple__words">
        <legend>{t('optionsSimpleWords')}</legend>
        <span class="hint">{t('optionsSimpleWordsHint')}</span>
        <div class="field-row">
          {(['en', 'de'] as const).map((language) => (
            <div class="field" key={language}>
              <label for={fieldId(`words-${language}`)}>
                {t(language === 'en' ? 'optionsSimpleWordsEn' : 'optionsSimpleWordsDe')}
              </label>
              <input
                id={fieldId(`words-${language}`)}
                type="text"
                lang={language}
                value={draft.words[language]}
                placeholder={language === 'en' ? 'refund, money back' : 'Erstattung, Geld zurück'}
                aria-invalid={wordErrors && wordErrors.length > 0 ? true : undefined}
                aria-describedby={
                  wordErrors && wordErrors.length > 0 ? errId('s-words') : undefined
                }
                onInput={(e) => {
                  set({ words: { ...draft.words, [language]: e.currentTarget.value } });
                  typed('words');
                }}
              />
            </div>
          ))}
        </div>
        <FieldErrors id={errId('s-words')} errors={wordErrors} />
      </fieldset>
      <FieldErrors id={errId('s-form')} errors={formProblems} />
      <div class="actions">
        <button type="submit" class="mx-button mx-button--primary mx-button--md">
          <span>{t('optionsSimpleSave')}</span>
        </button>
        <Button onClick={props.onClose}>{t('optionsCancel')}</Button>
        <Button variant="ghost" onClick={() => props.onAdvanced(check.principle)}>
          {t('optionsSimpleAdvanced')}
        </Button>
      </div>
    </form>
  );
}
