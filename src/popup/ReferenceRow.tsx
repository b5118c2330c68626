/** One principle in the popup's quick reference: title and summary; expanded, why it matters and phrasings to copy. */
import { memo } from 'preact/compat';
import type { Language, Source } from '../data/types';
import type { PrincipleEntry } from '../ui/connector';
import { CopyButton, IconButton } from '../ui/components';
import { categoryColour, categoryLabel } from '../ui/categories';
import { t } from '../ui/i18n';
import { textOf } from '../ui/principle-text';

/** How the row reports what the rep did. */
export interface RowActions {
  onToggle: (id: string) => void;
  onFavourite: (id: string, favourite: boolean) => void;
  onCopy: (id: string, text: string) => Promise<boolean>;
  onFocusRow: (id: string) => void;
}

function sourceText(source: Source): string {
  const by = [source.author, source.year].filter((part) => part !== undefined).join(', ');
  return by ? `${source.title} (${by})` : source.title;
}

/** The DOM id of a row's main button, for focus moves. */
export function rowButtonId(id: string): string {
  return `principle-${id}`;
}

/**
 * A row of the quick reference; `active` makes it the list's single tab stop (roving focus).
 * Memoised: a keystroke in the search or a site change re-renders only the rows whose props changed.
 */
export const ReferenceRow = memo(function ReferenceRow({
  entry,
  lang,
  open,
  active,
  actions,
}: {
  entry: PrincipleEntry;
  lang: Language;
  open: boolean;
  active: boolean;
  actions: RowActions;
}) {
  const text = textOf(entry.principle, lang);
  const bodyId = `${rowButtonId(entry.id)}-details`;
  const tabIndex = active ? 0 : -1;
  return (
    <li class={open ? 'row row--open' : 'row'} data-id={entry.id}>
      <div class="row__head">
        <button
          id={rowButtonId(entry.id)}
          type="button"
          class="row__main"
          data-row-main=""
          tabIndex={tabIndex}
          aria-expanded={open}
          aria-controls={bodyId}
          lang={text.lang}
          onClick={() => actions.onToggle(entry.id)}
          onFocus={() => actions.onFocusRow(entry.id)}
        >
          <span class="row__title">{text.title}</span>
          <span class="row__summary">{text.summary}</span>
          <span class="row__meta">
            <span class="row__category">
              <span
                class="row__dot"
                style={{ background: categoryColour(entry.principle.category) }}
                aria-hidden="true"
              />
              {categoryLabel(entry.principle.category)}
            </span>
            {!entry.enabled && <span class="row__tag">{t('popupTurnedOff')}</span>}
            {entry.pack.origin !== 'bundled' && <span class="row__tag">{entry.pack.name}</span>}
          </span>
        </button>
        <IconButton
          class={entry.favourite ? 'row__star row__star--on' : 'row__star'}
          icon={entry.favourite ? 'starFilled' : 'star'}
          label={t('popupFavourite', text.title)}
          pressed={entry.favourite}
          tabIndex={tabIndex}
          onFocus={() => actions.onFocusRow(entry.id)}
          onClick={() => actions.onFavourite(entry.id, !entry.favourite)}
        />
      </div>
      <div id={bodyId} class="row__body" hidden={!open} lang={text.lang}>
        <h3 class="row__heading">{t('popupWhy')}</h3>
        <p class="row__why">{text.why}</p>
        <h3 class="row__heading">{t('popupTryThis')}</h3>
        <ol class="row__phrasings">
          {text.tryThis.map((phrase, index) => (
            <li key={index} class="row__phrasing">
              <p class="row__phrase">{phrase}</p>
              <CopyButton
                onCopy={() => actions.onCopy(entry.id, phrase)}
                context={t('popupCopyContext', String(index + 1))}
                text={{
                  copy: t('popupCopy'),
                  copied: t('popupCopied'),
                  failed: t('popupCopyFailed'),
                }}
              />
            </li>
          ))}
        </ol>
        <p class="row__source">{t('popupSource', sourceText(entry.principle.source))}</p>
      </div>
    </li>
  );
});
