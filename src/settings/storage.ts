/**
 * The tiny storage interface the settings module needs, so tests pass an in-memory browser
 * (`@webext-core/fake-browser`) and the extension passes `browser.storage`.
 */

/** One storage area, as `browser.storage.sync` / `local` / `managed` offer it. */
export interface StorageAreaLike {
  get(keys?: null | string | string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

/** One changed key, as `storage.onChanged` reports it. */
export interface StorageChangeLike {
  oldValue?: unknown;
  newValue?: unknown;
}

/** A `storage.onChanged` listener. */
export type StorageListener = (
  changes: Record<string, StorageChangeLike>,
  areaName: string,
) => void;

/** The parts of `browser.storage` the settings module uses. */
export interface StorageLike {
  sync: StorageAreaLike;
  local: StorageAreaLike;
  /** Missing or throwing where the browser has no policy (Firefox without a policies.json entry). */
  managed?: StorageAreaLike;
  onChanged: {
    addListener(listener: StorageListener): void;
    removeListener(listener: StorageListener): void;
  };
}

/**
 * Whether an error is a storage quota error. Chrome says e.g. "QUOTA_BYTES_PER_ITEM quota exceeded",
 * "QUOTA_BYTES quota exceeded" or "MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded"; Firefox throws a
 * QuotaExceededError.
 */
export function isQuotaError(error: unknown): boolean {
  const text =
    error instanceof Error
      ? `${error.name} ${error.message}`
      : typeof error === 'string'
        ? error
        : '';
  return /quota/i.test(text);
}

/** Listens to storage changes until the signal aborts; does nothing if it already has. */
export function listenToStorage(
  storage: StorageLike,
  listener: StorageListener,
  signal: AbortSignal,
): void {
  if (signal.aborted) return;
  storage.onChanged.addListener(listener);
  signal.addEventListener('abort', () => storage.onChanged.removeListener(listener), {
    once: true,
  });
}
