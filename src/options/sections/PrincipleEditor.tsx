/**
 * The own-principle editor. Every valid state is saved at once (as everything on this page);
 * while a field is invalid nothing is saved and the problem is shown next to the field.
 */
import { useMemo, useRef, useState } from 'preact/hooks';
import type { Pack, Principle } from '../../data/types';
import { Button } from '../../ui/components';
import { t } from '../../ui/i18n';
import { FieldErrors } from '../components';
import { idFromTitle, LANGUAGES, validateDraft, type PrincipleDraft } from '../editor-model';
import { activeCatalogue, engineSettingsFor, usePage } from '../state';
import { BasicsFields } from './BasicsFields';
import { ExamplesCheck } from './ExamplesCheck';
import { LanguageFields } from './LanguageFields';
import { errId } from './SignalRows';
import { TryText } from './TryText';

/** The editor of one own principle; `savedId` is its id in storage (none for a new one). */
export function PrincipleEditor(props: {
  draft: PrincipleDraft;
  savedId?: string;
  onClose: () => void;
}) {
  const { data, connector, run } = usePage();
  const [draft, setDraft] = useState(props.draft);
  const savedId = useRef(props.savedId);
  const idEdited = useRef(props.savedId !== undefined);
  // Problems show for fields the rep has changed; '*' shows them all (existing principles, or on request).
  const [touched, setTouched] = useState<Set<string>>(new Set(props.savedId ? ['*'] : []));
  const saving = useRef<Promise<unknown>>(Promise.resolve());
  const takenIds = data.own.map((p) => p.id).filter((id) => id !== savedId.current);
  const check = useMemo(() => validateDraft(draft, takenIds), [draft, data]);

  const errorsFor = (field: string) =>
    touched.has('*') || [...touched].some((f) => field.startsWith(f))
      ? check.errors[field]
      : undefined;

  const save = (principle: Principle) => {
    const previous = savedId.current;
    savedId.current = principle.id;
    // One save at a time, in order: a later state never lands before an earlier one.
    saving.current = saving.current.then(() =>
      run(() => connector.saveOwnPrinciple(principle, previous), t('optionsPrincipleSaved')),
    );
  };

  const change = (next: PrincipleDraft, field: string) => {
    const title = LANGUAGES.map((l) => next[l]).find((l) => l.enabled)?.title ?? '';
    if (field === 'id') idEdited.current = true;
    else if (!idEdited.current) next = { ...next, id: idFromTitle(title) };
    setDraft(next);
    setTouched((old) => new Set([...old, field]));
    const result = validateDraft(next, takenIds);
    if (result.valid) save(result.principle);
  };

  // Every active principle, with the one being written in place of its saved version.
  const testPack = useMemo((): Pack => {
    const catalogue = activeCatalogue(data);
    const rest = catalogue.principles.filter(
      (p) => p.id !== props.savedId && p.id !== savedId.current,
    );
    return { ...catalogue, principles: check.valid ? [...rest, check.principle] : rest };
  }, [check, data]);
  const testPacks = useMemo(() => [testPack], [testPack]);
  const engineSettings = useMemo(() => engineSettingsFor(data, testPack), [data, testPack]);
  const problemCount = Object.values(check.errors).reduce((n, list) => n + list.length, 0);
  // A new principle nobody has typed in yet has nothing to fix, only fields to fill.
  const untouched = touched.size === 0 && !savedId.current;
  const state = check.valid
    ? savedId.current
      ? t('optionsEditorSaved')
      : t('optionsEditorNew')
    : untouched
      ? t('optionsEditorNew')
      : problemCount === 1
        ? t('optionsEditorOneProblem')
        : t('optionsEditorProblems', String(problemCount));

  return (
    <div class="editor">
      <div class="editor__bar">
        <h3 class="editor__title">
          {props.savedId ? t('optionsEditPrinciple') : t('optionsNewPrinciple')}
        </h3>
        <p
          class={
            untouched
              ? 'editor__state editor__state--new'
              : check.valid
                ? 'editor__state'
                : 'editor__state editor__state--invalid'
          }
          role="status"
        >
          {state}
        </p>
        {!check.valid && !touched.has('*') && (
          <Button variant="ghost" onClick={() => setTouched(new Set(['*']))}>
            {t('optionsShowProblems')}
          </Button>
        )}
        <Button variant="primary" onClick={props.onClose}>
          {t('optionsEditorDone')}
        </Button>
      </div>
      <FieldErrors id={errId('form')} errors={errorsFor('form')} />
      <FieldErrors id={errId('languages')} errors={errorsFor('languages')} />
      <div class="editor__grid">
        <div class="editor__form">
          <BasicsFields draft={draft} errorsFor={errorsFor} onChange={change} />
          {LANGUAGES.map((language) => (
            <LanguageFields
              key={language}
              language={language}
              draft={draft[language]}
              errorsFor={errorsFor}
              onChange={(lang, field) => change({ ...draft, [language]: lang }, field)}
            />
          ))}
        </div>
        <aside class="editor__side" aria-labelledby="try-title">
          <h3 id="try-title" class="card__title">
            {t('optionsTryTitle')}
          </h3>
          {!check.valid && <p class="hint">{t('optionsTryInvalid')}</p>}
          <TryText
            id="try-editor"
            packs={testPacks}
            settings={engineSettings}
            language={data.settings.analysisLanguage}
            focusId={check.valid ? check.principle.id : undefined}
          />
          {check.valid && <ExamplesCheck principle={check.principle} settings={engineSettings} />}
        </aside>
      </div>
    </div>
  );
}
