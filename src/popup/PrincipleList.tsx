/**
 * The list of principles with roving focus: one tab stop for the whole list, arrow keys move
 * between rows, Enter opens a row, C copies its first phrasing.
 */
import type { Language } from '../data/types';
import type { PrincipleEntry } from '../ui/connector';
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
  return (
    <ul class="list" aria-label={label} onKeyDown={onKeyDown}>
      {entries.map((entry) => (
        <ReferenceRow
          key={entry.id}
          entry={entry}
          lang={lang}
          open={expanded.has(entry.id)}
          active={entry.id === activeId}
          actions={actions}
        />
      ))}
    </ul>
  );
}
