/** One language of the principle editor: texts, signals and examples, or left out entirely. */
import type { Language } from '../../data/types';
import { t } from '../../ui/i18n';
import { FieldErrors } from '../components';
import type { LanguageDraft } from '../editor-model';
import { errId, fieldId, invalidProps, SignalRows } from './SignalRows';
import { TextList } from './TextList';

const LANGUAGE_NAMES: Record<Language, string> = {
  en: 'optionsLanguageEnglish',
  de: 'optionsLanguageGerman',
};

type TextKey = 'title' | 'summary' | 'why';

/** The fields of one language. */
export function LanguageFields(props: {
  language: Language;
  draft: LanguageDraft;
  errorsFor: (field: string) => string[] | undefined;
  /** The changed draft and the field that changed (to show its problems from now on). */
  onChange: (draft: LanguageDraft, field: string) => void;
}) {
  const { language, draft, errorsFor } = props;
  const name = t(LANGUAGE_NAMES[language]);
  const set = (patch: Partial<LanguageDraft>, field: string) =>
    props.onChange({ ...draft, ...patch }, field);

  const textField = (
    key: TextKey,
    label: string,
    options: { multiline?: boolean; hint?: string } = {},
  ) => {
    const field = `text.${language}.${key}`;
    const errors = errorsFor(field);
    const id = fieldId(field);
    const common = {
      id,
      value: draft[key],
      ...invalidProps(field, errors),
      onInput: (e: Event) => set({ [key]: (e.currentTarget as HTMLInputElement).value }, field),
    };
    return (
      <div class="field">
        <label for={id}>{label}</label>
        {options.hint && <span class="hint">{options.hint}</span>}
        {options.multiline ? <textarea rows={3} {...common} /> : <input type="text" {...common} />}
        <FieldErrors id={errId(field)} errors={errors} />
      </div>
    );
  };

  return (
    <fieldset class="language" lang={language}>
      <legend>
        <label>
          <input
            type="checkbox"
            checked={draft.enabled}
            onChange={(e) => set({ enabled: e.currentTarget.checked }, 'languages')}
          />
          {t('optionsEditorLanguage', name)}
        </label>
      </legend>
      <FieldErrors id={errId(`text.${language}`)} errors={errorsFor(`text.${language}`)} />
      {draft.enabled ? (
        <>
          {textField('title', t('optionsFieldTitle'))}
          {textField('summary', t('optionsFieldSummary'), { multiline: true })}
          {textField('why', t('optionsFieldWhy'), { multiline: true })}
          <TextList
            field={`text.${language}.tryThis`}
            legend={t('optionsFieldTryThis')}
            entries={draft.tryThis}
            addLabel={t('optionsAddPhrasing')}
            errors={errorsFor(`text.${language}.tryThis`)}
            onChange={(tryThis, field) => set({ tryThis }, field)}
          />
          <SignalRows
            field={`signals.${language}.triggers`}
            legend={t('optionsFieldTriggers')}
            hint={t('optionsTriggersHint')}
            rows={draft.triggers}
            errorsFor={errorsFor}
            onChange={(triggers, field) => set({ triggers }, field)}
          />
          <SignalRows
            field={`signals.${language}.suppressors`}
            legend={t('optionsFieldSuppressors')}
            hint={t('optionsSuppressorsHint')}
            rows={draft.suppressors}
            errorsFor={errorsFor}
            onChange={(suppressors, field) => set({ suppressors }, field)}
          />
          <TextList
            field={`examples.${language}.positive`}
            legend={t('optionsFieldPositive')}
            entries={draft.positive}
            addLabel={t('optionsAddExample')}
            errors={errorsFor(`examples.${language}.positive`)}
            onChange={(positive, field) => set({ positive }, field)}
          />
          <TextList
            field={`examples.${language}.negative`}
            legend={t('optionsFieldNegative')}
            entries={draft.negative}
            addLabel={t('optionsAddExample')}
            errors={errorsFor(`examples.${language}.negative`)}
            onChange={(negative, field) => set({ negative }, field)}
          />
        </>
      ) : (
        <p class="hint">{t('optionsLanguageLeftOut', name)}</p>
      )}
    </fieldset>
  );
}
