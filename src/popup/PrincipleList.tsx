/**
 * The list of principles with roving focus: one tab stop for the whole list, arrow keys move
 * between rows, Enter opens a row, C copies its first phrasing. When the current tab has a draft,
 * its principles come first under a heading of their own, the rest of the library below; the
 * keys move through both as one list.
 */
import type { Language } from '../data/types';
import type { PrincipleEntry } from '../ui/connector';
import { Icon } from '../ui/components';
import { ReferenceRow, rowButtonId, type RowActions } from './ReferenceRow';

/** Focuses a row's main button and keeps it in view. */
export function focusRow(id: string): void {
  const button = document.getElementById(rowButtonId(id));
  button?.focus();
  button?.scrollIntoView?.({ block: 'nearest' });
}

/** Whether a key press is a plain character (no shortcut), e.g. to send it to the search field. */
function isPlainCharacter(event: KeyboardEvent): boolean {
  return (
    event.key.length === 1 && event.key !== ' ' && !event.ctrlKey && !event.metaKey && !event.altKey
  );
}

/** The list; `activeId` is the row that takes focus when the list is entered. */
export function PrincipleList({
  entries,
  lang,
  expanded,
  activeId,
  actions,
  onCopyFirst,
  onLeaveTop,
  onTypeAhead,
  label,
  draft,
}: {
  entries: readonly PrincipleEntry[];
  lang: Language;
  expanded: ReadonlySet<string>;
  activeId: string | null;
  actions: RowActions;
  /** C on a row: copy its first phrasing. */
  onCopyFirst: (entry: PrincipleEntry) => void;
  /** Arrow up on the first row: back to the search field. */
  onLeaveTop: () => void;
  /** A character typed on a row: it belongs in the search field. */
  onTypeAhead: () => void;
  label: string;
  /** The first `count` entries are the draft's, shown under `label`; the rest under `restLabel`. */
  draft?: { count: number; label: string; restLabel: string };
}) {
  const onKeyDown = (event: KeyboardEvent) => {
    // Keys act on the row heads only; inside an open row (copy buttons) the browser's keys apply.
    if (!(event.target instanceof Element) || !event.target.closest('.row__head')) return;
    const index = entries.findIndex((entry) => entry.id === activeId);
    const goTo = (next: number) => {
      const entry = entries[Math.max(0, Math.min(entries.length - 1, next))];
      if (entry) focusRow(entry.id);
    };
    if (event.key === 'ArrowDown') goTo(index + 1);
    else if (event.key === 'ArrowUp') {
      if (index <= 0) onLeaveTop();
      else goTo(index - 1);
    } else if (event.key === 'Home') goTo(0);
    else if (event.key === 'End') goTo(entries.length - 1);
    else if ((event.key === 'c' || event.key === 'C') && isPlainCharacter(event)) {
      const entry = entries[index];
      if (entry) onCopyFirst(entry);
    } else if (isPlainCharacter(event)) {
      // Focus moves before the character is typed, so it lands in the search field.
      onTypeAhead();
      return;
    } else return;
    event.preventDefault();
  };
  const rows = (part: readonly PrincipleEntry[]) =>
    part.map((entry) => (
      <ReferenceRow
        key={entry.id}
        entry={entry}
        lang={lang}
        open={expanded.has(entry.id)}
        active={entry.id === activeId}
        actions={actions}
      />
    ));
  if (!draft || draft.count === 0) {
    return (
      <ul class="list" aria-label={label} onKeyDown={onKeyDown}>
        {rows(entries)}
      </ul>
    );
  }
  const rest = entries.slice(draft.count);
  return (
    <div class="lists" onKeyDown={onKeyDown}>
      <h2 id="list-draft" class="list__heading list__heading--draft">
        <Icon name="pen" />
        {draft.label}
      </h2>
      <ul class="list list--draft" aria-labelledby="list-draft">
        {rows(entries.slice(0, draft.count))}
      </ul>
      {rest.length > 0 && (
        <>
          <h2 id="list-rest" class="list__heading">
            {draft.restLabel}
          </h2>
          <ul class="list" aria-labelledby="list-rest">
            {rows(rest)}
          </ul>
        </>
      )}
    </div>
  );
}
