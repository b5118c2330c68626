/**
 * Maxim's card: the principles for the rep's text, best first. A non-modal dialog in Maxim's
 * closed shadow root; fully usable by keyboard (Tab stays inside, arrows move between principles,
 * Esc returns to the editor) and with the mouse without taking focus from the editor.
 */
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
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
  // The hint names the card's keys while focus is in it, and how to get there while it is not.
  const [focusInside, setFocusInside] = useState(false);
  const groups = groupsOf(model.items);
  const ids = groups.flatMap((group) => group.items.map((item) => item.id));
  const doneCount = model.items.filter((item) => item.done).length;
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
    // In a fill-in field the arrows and Home/End move in its text.
    if (focused instanceof HTMLElement && focused.localName === 'input') return;
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
      onFocusIn={() => setFocusInside(true)}
      onFocusOut={(event: FocusEvent) => {
        const next = event.relatedTarget as Node | null;
        if (!next || !(event.currentTarget as HTMLElement).contains(next)) setFocusInside(false);
      }}
    >
      <header class="card__header">
        <span class="card__mark" aria-hidden="true">
          M
        </span>
        <p
          class="card__count"
          id="maxim-card-count"
          data-count={model.items.length}
          data-done={doneCount}
        >
          {doneCount > 0
            ? t('cardSummary', [String(doneCount), String(model.items.length)])
            : countText(model.items.length, t, 'card')}
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
          {groups.map(({ kind, items }) => (
            <section
              key={kind}
              class="card__group"
              data-group={kind}
              aria-label={kind === 'own' ? undefined : t(GROUP_HEADINGS[kind])}
            >
              {kind !== 'own' && <h2 class="card__group-title">{t(GROUP_HEADINGS[kind])}</h2>}
              <ol class="card__list">
                {items.map((item) => (
                  <PrincipleItem
                    key={item.id}
                    item={item}
                    active={item.id === model.activeId}
                    status={model.statuses[item.id]}
                    greetingName={model.greetingName}
                    handlers={handlers}
                    t={t}
                  />
                ))}
              </ol>
            </section>
          ))}
        </>
      )}
      {model.toast && (
        <div class="card__toast" role="status" data-toast>
          <span>{model.toast.text}</span>
          {model.toast.undo && (
            <button
              type="button"
              class="button button--quiet"
              data-action="undo"
              onClick={model.toast.undo}
            >
              {t('cardUndo')}
            </button>
          )}
        </div>
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
        {model.items.length > 0 && (
          <span class="card__hint" data-hint>
            {t(focusInside ? 'cardKeysHint' : 'cardKeysHintOutside')}
          </span>
        )}
      </footer>
    </div>
  );
}

type GroupKind = 'own' | 'reply' | 'done';

const GROUP_HEADINGS: Record<Exclude<GroupKind, 'own'>, string> = {
  reply: 'cardReplyHeading',
  done: 'cardDoneHeading',
};

/**
 * What the rep still has to look at first, then what the quoted message brings up, then what the
 * draft already does; each group in the engine's order.
 */
export function groupsOf(items: readonly CardItem[]): { kind: GroupKind; items: CardItem[] }[] {
  const kindOf = (item: CardItem): GroupKind => (item.done ? 'done' : item.reply ? 'reply' : 'own');
  const order: GroupKind[] = ['own', 'reply', 'done'];
  return order
    .map((kind) => ({ kind, items: items.filter((item) => kindOf(item) === kind) }))
    .filter((group) => group.items.length > 0);
}
