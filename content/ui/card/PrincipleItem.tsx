/**
 * One principle in the card: title (expands it), a phrasing with Insert and Copy, the quoted evidence,
 * why it matters, then Dismiss and Mute. What the rep acts on comes first, so it fits a short card.
 */
import { useState } from 'preact/hooks';
import type { CardHandlers, CardItem, ItemStatus, Translate } from './model';

/** Props of one principle. */
export interface PrincipleItemProps {
  item: CardItem;
  active: boolean;
  status: ItemStatus | undefined;
  handlers: CardHandlers;
  t: Translate;
}

/** A principle of the card; only the active one shows its body. */
export function PrincipleItem({ item, active, status, handlers, t }: PrincipleItemProps) {
  const [phrasingIndex, setPhrasingIndex] = useState(0);
  const phrasing = item.tryThis[phrasingIndex % Math.max(item.tryThis.length, 1)] ?? '';
  const bodyId = `maxim-body-${item.id}`;
  const titleId = `maxim-title-${item.id}`;
  return (
    <li
      class={active ? 'principle principle--active' : 'principle'}
      data-principle-id={item.id}
      lang={item.lang}
    >
      <h3 class="principle__heading">
        <button
          type="button"
          id={titleId}
          class="principle__title"
          aria-expanded={active}
          aria-controls={bodyId}
          data-action="toggle"
          onClick={() => handlers.onActivate(item.id)}
        >
          <span class="principle__chevron" aria-hidden="true">
            {active ? '▾' : '▸'}
          </span>
          <span>{item.title}</span>
        </button>
      </h3>
      <div
        class="principle__body"
        id={bodyId}
        role="group"
        aria-labelledby={titleId}
        hidden={!active}
      >
        {phrasing && (
          <div class="principle__try">
            <span class="label">
              {t('cardTryThis')}
              {item.tryThis.length > 1 && (
                <span class="label__aside">
                  {t('cardPhrasingOf', [String(phrasingIndex + 1), String(item.tryThis.length)])}
                </span>
              )}
            </span>
            <blockquote class="phrasing" data-phrasing>
              {phrasing}
            </blockquote>
            <div class="actions">
              <button
                type="button"
                class="button button--primary"
                data-action="insert"
                aria-label={t('cardInsertLabel')}
                onClick={() => handlers.onInsert(item.id, phrasing)}
              >
                {t('cardInsert')}
              </button>
              <button
                type="button"
                class="button"
                data-action="copy"
                aria-label={t('cardCopyLabel')}
                onClick={() => handlers.onCopy(item.id, phrasing)}
              >
                {t('cardCopy')}
              </button>
              {item.tryThis.length > 1 && (
                <button
                  type="button"
                  class="button button--quiet"
                  data-action="next-phrasing"
                  onClick={() => setPhrasingIndex((i) => (i + 1) % item.tryThis.length)}
                >
                  {t('cardNextPhrasing')}
                </button>
              )}
            </div>
          </div>
        )}
        <p class={`status status--${status?.tone ?? 'none'}`} role="status" data-status>
          {status?.text ?? ''}
        </p>
        {item.evidence.length > 0 && (
          <div class="principle__evidence">
            <span class="label">{t(item.reply ? 'cardEvidenceReply' : 'cardEvidence')}</span>
            <ul class="quotes">
              {item.evidence.map((quote) => (
                <li key={quote}>
                  <q>{quote}</q>
                </li>
              ))}
            </ul>
          </div>
        )}
        <p class="principle__why">
          <span class="label">{t('cardWhy')}</span>
          {item.why}
        </p>
        <div class="actions actions--secondary">
          <button
            type="button"
            class="button button--quiet"
            data-action="dismiss"
            aria-label={t('cardDismissLabel')}
            onClick={() => handlers.onDismiss(item.id)}
          >
            {t('cardDismiss')}
          </button>
          {item.mutable && (
            <button
              type="button"
              class="button button--quiet"
              data-action="mute"
              aria-label={t('cardMuteLabel')}
              onClick={() => handlers.onMute(item.id)}
            >
              {t('cardMute')}
            </button>
          )}
        </div>
      </div>
    </li>
  );
}
