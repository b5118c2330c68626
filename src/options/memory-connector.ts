/**
 * The options connector without the extension: the shared in-memory connector (real settings
 * store, pretend browser) plus the records watcher over the same in-memory storage.
 */
import {
  createMemoryConnector,
  type MemoryConnector,
  type MemoryConnectorOptions,
} from '../ui/connector-memory';
import { createOptionsConnector, recordsWatcher, type OptionsConnector } from './connector';

/** The in-memory options connector, with the shared one for tests to inspect. */
export function createMemoryOptionsConnector(
  options: MemoryConnectorOptions = {},
): OptionsConnector & { base: MemoryConnector } {
  const base = createMemoryConnector(options);
  return { ...createOptionsConnector(base, recordsWatcher(base.storage)), base };
}
