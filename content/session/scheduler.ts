/**
 * When to analyse: after a pause in typing (debounced input events), never while an IME
 * composition is open (the text is provisional until compositionend).
 */

/** The delay after the last input event before the text is analysed. */
export const TYPING_PAUSE_MS = 350;

/** Timer functions of the field's window (injectable for tests). */
export interface Timers {
  setTimeout(fn: () => void, ms: number): number;
  clearTimeout(id: number): void;
}

/** Decides when to run the analysis of one field. */
export interface Scheduler {
  /** An input event: (re)starts the pause unless a composition is open. */
  input(): void;
  compositionStart(): void;
  /** The composition committed: the pause starts now. */
  compositionEnd(): void;
  /** Runs at the next opportunity (focus, settings change): soon, but still never mid-composition. */
  soon(): void;
  /** Whether an IME composition is open. */
  readonly composing: boolean;
  /** Cancels whatever is pending; the scheduler stays usable. */
  cancel(): void;
}

/** Creates a scheduler that calls `run` after each pause; `delayMs` defaults to TYPING_PAUSE_MS. */
export function createScheduler(
  run: () => void,
  timers: Timers,
  delayMs = TYPING_PAUSE_MS,
): Scheduler {
  let pending: number | null = null;
  let composing = false;

  const cancel = () => {
    if (pending !== null) timers.clearTimeout(pending);
    pending = null;
  };
  const arm = (ms: number) => {
    cancel();
    if (composing) return; // compositionend re-arms
    pending = timers.setTimeout(() => {
      pending = null;
      run();
    }, ms);
  };

  return {
    input: () => arm(delayMs),
    soon: () => arm(0),
    compositionStart() {
      composing = true;
      cancel();
    },
    compositionEnd() {
      composing = false;
      arm(delayMs);
    },
    get composing() {
      return composing;
    },
    cancel,
  };
}
