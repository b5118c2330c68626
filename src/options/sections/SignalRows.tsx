/** The signal rows of one language in the principle editor: word/phrase or pattern, weight, exact. */
import { Button, IconButton } from '../../ui/components';
import { t } from '../../ui/i18n';
import { FieldErrors } from '../components';
import { blankSignal, type SignalDraft } from '../editor-model';

/** Accessibility attributes of a field with problems. */
export function invalidProps(field: string, errors: readonly string[] | undefined) {
  return errors && errors.length > 0
    ? { 'aria-invalid': true, 'aria-describedby': errId(field) }
    : {};
}

/** The DOM id of a field's error list. */
export const errId = (field: string) => `err-${field.replace(/[^\w-]/g, '_')}`;

/** A DOM id for a field. */
export const fieldId = (field: string) => `f-${field.replace(/[^\w-]/g, '_')}`;

/** The rows of `signals.<lang>.<kind>`, with add and remove. */
export function SignalRows(props: {
  field: string;
  legend: string;
  hint: string;
  rows: SignalDraft[];
  errorsFor: (field: string) => string[] | undefined;
  /** The changed rows and the field that changed: a row, or the list. */
  onChange: (rows: SignalDraft[], field: string) => void;
}) {
  const { field, rows } = props;
  const update = (index: number, patch: Partial<SignalDraft>) =>
    props.onChange(
      rows.map((row, i) => (i === index ? { ...row, ...patch } : row)),
      `${field}[${index}]`,
    );
  const listErrors = props.errorsFor(field);
  return (
    <fieldset class="signals" aria-describedby={`${fieldId(field)}-hint`}>
      <legend>{props.legend}</legend>
      <p class="hint" id={`${fieldId(field)}-hint`}>
        {props.hint}
      </p>
      <FieldErrors id={errId(field)} errors={listErrors} />
      {rows.map((row, index) => {
        const rowField = `${field}[${index}]`;
        const valueField = `${rowField}.value`;
        const weightField = `${rowField}.weight`;
        const valueErrors = [
          ...(props.errorsFor(rowField) ?? []),
          ...(props.errorsFor(valueField) ?? []),
        ];
        const weightErrors = props.errorsFor(weightField);
        const n = String(index + 1);
        return (
          <div class="signal" key={index}>
            <select
              aria-label={t('optionsSignalKind', n)}
              value={row.kind}
              onChange={(e) =>
                update(index, { kind: e.currentTarget.value as SignalDraft['kind'] })
              }
            >
              <option value="match">{t('optionsSignalMatch')}</option>
              <option value="regex">{t('optionsSignalRegex')}</option>
              <option value="concept">{t('optionsSignalConcept')}</option>
            </select>
            <input
              id={fieldId(valueField)}
              class="signal__value"
              type="text"
              aria-label={t('optionsSignalValue', n)}
              value={row.value}
              {...invalidProps(valueField, valueErrors)}
              onInput={(e) => update(index, { value: e.currentTarget.value })}
            />
            <input
              id={fieldId(weightField)}
              class="signal__weight"
              type="text"
              inputMode="decimal"
              placeholder="1"
              aria-label={t('optionsSignalWeight', n)}
              value={row.weight}
              {...invalidProps(weightField, weightErrors)}
              onInput={(e) => update(index, { weight: e.currentTarget.value })}
            />
            {row.kind === 'match' && (
              <label class="signal__exact">
                <input
                  type="checkbox"
                  checked={row.exact}
                  onChange={(e) => update(index, { exact: e.currentTarget.checked })}
                />
                {t('optionsSignalExact')}
              </label>
            )}
            <IconButton
              icon="close"
              label={t('optionsSignalRemove', n)}
              onClick={() =>
                props.onChange(
                  rows.filter((_, i) => i !== index),
                  field,
                )
              }
            />
            <FieldErrors
              id={errId(valueField)}
              errors={valueErrors.length > 0 ? valueErrors : undefined}
            />
            <FieldErrors id={errId(weightField)} errors={weightErrors} />
          </div>
        );
      })}
      <Button
        size="sm"
        onClick={() => props.onChange([...rows, blankSignal()], `${field}[${rows.length}]`)}
      >
        {t('optionsSignalAdd')}
      </Button>
    </fieldset>
  );
}
