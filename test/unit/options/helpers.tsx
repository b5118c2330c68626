/**
 * Shared helpers of the options page tests: the page rendered over the in-memory connector, a
 * second settings store on the same storage (changes "from elsewhere"), and sample packs.
 */
import { render, screen, waitFor } from '@testing-library/preact';
import { PACK_SCHEMA_VERSION, type Pack, type Principle } from '../../../src/data/types';
import { createSettingsStore } from '../../../src/settings';
import {
  createMemoryConnector,
  type MemoryConnectorOptions,
} from '../../../src/ui/connector-memory';
import { Options } from '../../../src/options/Options';
import { setUiLanguage } from '../../../src/ui/i18n';

/** Renders the options page on a section and waits until the data is loaded. */
export async function renderOptions(section = 'principles', options: MemoryConnectorOptions = {}) {
  setUiLanguage('en');
  location.hash = `#${section}`;
  const connector = createMemoryConnector(options);
  const view = render(<Options connector={connector} />);
  await screen.findByRole('heading', { level: 2 });
  // Another context (popup, content script) writing to the same storage.
  const elsewhere = createSettingsStore(connector.storage);
  return { ...view, connector, elsewhere };
}

/** A principle in English only, fired by one word. */
export function principle(
  id: string,
  word = 'zebrafinch',
  category: Principle['category'] = 'service',
): Principle {
  return {
    id,
    category,
    contexts: ['any'],
    source: { type: 'practice', title: 'Team practice' },
    text: {
      en: {
        title: `Title of ${id}`,
        summary: `Summary of ${id}.`,
        why: 'Because.',
        tryThis: ['Say it well.'],
      },
    },
    signals: { en: { triggers: [{ match: word }] } },
  };
}

/** A pack of principles. */
export function pack(
  id: string,
  version: string,
  principles: Principle[],
  name = `Pack ${id}`,
): Pack {
  return { schemaVersion: PACK_SCHEMA_VERSION, id, name, version, principles };
}

/** Waits until an assertion on the storage holds. */
export async function eventuallyStored<T>(
  read: () => Promise<T>,
  expected: (value: T) => void,
): Promise<void> {
  await waitFor(async () => expected(await read()));
}

/** A JSON file for the import input. */
export function jsonFile(name: string, value: unknown): File {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return new File([text], name, { type: 'application/json' });
}
