/**
 * Maxim's card: the principles for the rep's text, best first. A non-modal dialog in Maxim's
 * closed shadow root; fully usable by keyboard (Tab stays inside, arrows move between principles,
 * Esc returns to the editor) and with the mouse without taking focus from the editor.
 */
import type { JSX } from 'preact';
import { guard } from '../../guard';
import { countText } from '../count-text';
import { PrincipleItem } from './PrincipleItem';
import { principleForKey, wrapTab } from './keys';
import type { CardHandlers, CardItem, CardModel, Translate } from './model';

/** Props of the card. */
export interface CardProps {
  model: CardModel;
  handlers: CardHandlers;
  t: Translate;
}

/** The count sentence the card (and the live region) shows. */

function themeClass(theme: CardModel['theme']): string {
  return theme === 'system' ? '' : ` theme-${theme}`;
}

/** Focuses the title of a principle after it became active (the DOM updates first). */
function focusTitle(card: HTMLElement, id: string): void {
  queueMicrotask(() =>
    card
      .querySelector<HTMLElement>(`[data-principle-id="${CSS.escape(id)}"] [data-action="toggle"]`)
      ?.focus(),
  );
}

/** The card. */
export function Card({ model, handlers, t }: CardProps) {
  const ids = model.items.map((item) => item.id);
  const onKeyDown = guard((event: JSX.TargetedKeyboardEvent<HTMLDivElement>) => {
    const card = event.currentTarget;
    const focused = (card.getRootNode() as ShadowRoot | Document).activeElement;
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      handlers.onClose();
      return;
    }
    if (event.key === 'Tab') {
      if (wrapTab(card, focused, event.shiftKey)) event.preventDefault();
      return;
    }
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const next = principleForKey(event.key, ids, model.activeId);
    if (next === null) return;
    event.preventDefault();
    handlers.onActivate(next);
    focusTitle(card, next);
  });
  return (
    <div
      class={`card${themeClass(model.theme)}`}
      role="dialog"
      aria-label={t('cardLabel')}
      aria-describedby="maxim-card-count"
      lang={model.uiLang}
      data-maxim-card
      onKeyDown={onKeyDown}
    >
      <header class="card__header">
        <span class="card__mark" aria-hidden="true">
          M
        </span>
        <p class="card__count" id="maxim-card-count" data-count={model.items.length}>
          {countText(model.items.length, t, 'card')}
        </p>
        <button
          type="button"
          class="icon-button"
          data-action="close"
          aria-label={t('cardClose')}
          title={t('cardClose')}
          onClick={handlers.onClose}
        >
          ✕
        </button>
      </header>
      {model.partial && (
        <p class="card__note" data-partial>
          {t('cardPartial')}
        </p>
      )}
      {model.items.length === 0 ? (
        <p class="card__empty">{t('cardEmptyHint')}</p>
      ) : (
        <>
          {groups(model.items).map(({ reply, items }) => (
            <section
              key={reply ? 'reply' : 'own'}
              class="card__group"
              data-group={reply ? 'reply' : 'own'}
              aria-label={reply ? t('cardReplyHeading') : undefined}
            >
              {reply && <h2 class="card__group-title">{t('cardReplyHeading')}</h2>}
              <ol class="card__list">
                {items.map((item) => (
                  <PrincipleItem
                    key={item.id}
                    item={item}
                    active={item.id === model.activeId}
                    status={model.statuses[item.id]}
                    handlers={handlers}
                    t={t}
                  />
                ))}
              </ol>
            </section>
          ))}
        </>
      )}
      <footer class="card__footer">
        {!model.siteLocked && (
          <button
            type="button"
            class="button button--quiet"
            data-action="site-off"
            aria-label={t('cardSiteOffLabel', model.hostname)}
            onClick={handlers.onSiteOff}
          >
            {t('cardSiteOff')}
          </button>
        )}
        <span class="card__hint">{t('cardKeysHint')}</span>
      </footer>
    </div>
  );
}

/** The rep's own principles first, then those the quoted message brings up, each group in order. */
function groups(items: readonly CardItem[]): { reply: boolean; items: CardItem[] }[] {
  const own = items.filter((item) => !item.reply);
  const reply = items.filter((item) => item.reply);
  return [
    ...(own.length > 0 ? [{ reply: false, items: own }] : []),
    ...(reply.length > 0 ? [{ reply: true, items: reply }] : []),
  ];
}
