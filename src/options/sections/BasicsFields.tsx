/** The principle editor's basics: id, category, where it applies, and its source. */
import type { Category, Context, Source } from '../../data/types';
import { CATEGORIES } from '../../settings';
import { categoryLabel } from '../../ui/categories';
import { t } from '../../ui/i18n';
import { FieldErrors } from '../components';
import type { PrincipleDraft } from '../editor-model';
import { errId, fieldId, invalidProps } from './SignalRows';

const SOURCE_TYPES: Source['type'][] = ['practice', 'book', 'study', 'article'];

/** The basics fieldset; `onChange` gets the whole draft and the field that changed. */
export function BasicsFields(props: {
  draft: PrincipleDraft;
  errorsFor: (field: string) => string[] | undefined;
  onChange: (draft: PrincipleDraft, field: string) => void;
}) {
  const { draft, errorsFor, onChange } = props;
  const setSource = (patch: Partial<PrincipleDraft['source']>, field: string) =>
    onChange({ ...draft, source: { ...draft.source, ...patch } }, field);
  const toggleContext = (context: Context, on: boolean) => {
    const others = draft.contexts.filter((c) => c !== context);
    onChange({ ...draft, contexts: on ? [...others, context] : others }, 'contexts');
  };

  const input = (
    field: string,
    label: string,
    value: string,
    onInput: (v: string) => void,
    hint?: string,
  ) => {
    const errors = errorsFor(field);
    return (
      <div class="field">
        <label for={fieldId(field)}>{label}</label>
        {hint && <span class="hint">{hint}</span>}
        <input
          id={fieldId(field)}
          type="text"
          value={value}
          {...invalidProps(field, errors)}
          onInput={(e) => onInput(e.currentTarget.value)}
        />
        <FieldErrors id={errId(field)} errors={errors} />
      </div>
    );
  };

  return (
    <fieldset class="basics">
      <legend>{t('optionsEditorBasics')}</legend>
      {input(
        'id',
        t('optionsFieldId'),
        draft.id,
        (id) => onChange({ ...draft, id }, 'id'),
        t('optionsFieldIdHint'),
      )}
      <div class="field-row">
        <div class="field">
          <label for={fieldId('category')}>{t('optionsFieldCategory')}</label>
          <select
            id={fieldId('category')}
            value={draft.category}
            onChange={(e) =>
              onChange({ ...draft, category: e.currentTarget.value as Category }, 'category')
            }
          >
            {CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {categoryLabel(c)}
              </option>
            ))}
          </select>
        </div>
        <fieldset class="field" {...invalidProps('contexts', errorsFor('contexts'))}>
          <legend>{t('optionsFieldContexts')}</legend>
          <div class="checks">
            {(['email', 'crm', 'any'] as const).map((c) => (
              <label key={c} class="check">
                <input
                  type="checkbox"
                  checked={draft.contexts.includes(c)}
                  onChange={(e) => toggleContext(c, e.currentTarget.checked)}
                />
                {t(`optionsContextChoice_${c}`)}
              </label>
            ))}
          </div>
          <FieldErrors id={errId('contexts')} errors={errorsFor('contexts')} />
        </fieldset>
      </div>
      <div class="field-row">
        <div class="field">
          <label for={fieldId('source.type')}>{t('optionsFieldSourceType')}</label>
          <select
            id={fieldId('source.type')}
            value={draft.source.type}
            onChange={(e) =>
              setSource({ type: e.currentTarget.value as Source['type'] }, 'source.type')
            }
          >
            {SOURCE_TYPES.map((type) => (
              <option key={type} value={type}>
                {t(`optionsSource_${type}`)}
              </option>
            ))}
          </select>
        </div>
        {input('source.title', t('optionsFieldSourceTitle'), draft.source.title, (title) =>
          setSource({ title }, 'source.title'),
        )}
      </div>
      <div class="field-row">
        {input('source.author', t('optionsFieldSourceAuthor'), draft.source.author, (author) =>
          setSource({ author }, 'source.author'),
        )}
        {input('source.year', t('optionsFieldSourceYear'), draft.source.year, (year) =>
          setSource({ year }, 'source.year'),
        )}
      </div>
      {input('source.detail', t('optionsFieldSourceDetail'), draft.source.detail, (detail) =>
        setSource({ detail }, 'source.detail'),
      )}
    </fieldset>
  );
}
