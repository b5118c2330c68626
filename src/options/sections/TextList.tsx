/** A list of texts in the principle editor (phrasings, examples): one text box per entry. */
import { Button, IconButton } from '../../ui/components';
import { t } from '../../ui/i18n';
import { FieldErrors } from '../components';
import { errId, fieldId, invalidProps } from './SignalRows';

/** The entries of `field` (e.g. `text.en.tryThis`), with add and remove; problems show under the list. */
export function TextList(props: {
  field: string;
  legend: string;
  entries: string[];
  addLabel: string;
  errors: string[] | undefined;
  onChange: (entries: string[], field: string) => void;
}) {
  const { field, entries } = props;
  const set = (index: number, value: string) =>
    props.onChange(
      entries.map((entry, i) => (i === index ? value : entry)),
      field,
    );
  return (
    <fieldset class="field text-list" {...invalidProps(field, props.errors)}>
      <legend>{props.legend}</legend>
      {entries.map((entry, index) => {
        const n = String(index + 1);
        return (
          <div class="text-list__entry" key={index}>
            <textarea
              id={index === 0 ? fieldId(field) : undefined}
              rows={Math.min(6, Math.max(2, entry.split('\n').length))}
              aria-label={t('optionsEntry', [props.legend, n])}
              value={entry}
              onInput={(e) => set(index, e.currentTarget.value)}
            />
            <IconButton
              icon="close"
              label={t('optionsEntryRemove', [props.legend, n])}
              onClick={() =>
                props.onChange(
                  entries.filter((_, i) => i !== index),
                  field,
                )
              }
            />
          </div>
        );
      })}
      <Button size="sm" onClick={() => props.onChange([...entries, ''], field)}>
        {props.addLabel}
      </Button>
      <FieldErrors id={errId(field)} errors={props.errors} />
    </fieldset>
  );
}
