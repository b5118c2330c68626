/**
 * Settings import, next to the export: the file is validated and what it would change is shown;
 * nothing is stored until the rep confirms, and the import can be undone from the same card.
 */
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { Pack } from '../../data/types';
import { OWN_PACK_ID, type SettingKey } from '../../settings';
import { Button } from '../../ui/components';
import type { SettingsImportPreview } from '../../ui/connector';
import { t } from '../../ui/i18n';
import { storedKeyName } from '../../ui/notice-text';
import { importChangesNothing } from '../../ui/settings-import';
import { usePage } from '../state';

/** Bigger files are refused before reading: no settings file comes near it. */
const MAX_FILE_BYTES = 5 * 1024 * 1024;

type ImportState =
  | { step: 'choose' }
  | { step: 'failed'; fileName: string; problems: string[] }
  | { step: 'preview'; fileName: string; preview: SettingsImportPreview }
  /** Imported; `before` is the export taken just before, which Undo imports again. */
  | { step: 'done'; fileName: string; before: string };

const packName = (pack: Pack) =>
  pack.id === OWN_PACK_ID ? t('optionsNavMyPrinciples') : pack.name;

/** The name of a preference as the page shows it. */
const settingName = (key: SettingKey) => storedKeyName(key);

function PackLine(props: { label: string; packs: readonly Pack[] }) {
  if (props.packs.length === 0) return null;
  return (
    <li>
      {props.label}: {props.packs.map(packName).join(', ')}
    </li>
  );
}

function Preview(props: {
  fileName: string;
  preview: SettingsImportPreview;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { preview } = props;
  const nothing = importChangesNothing(preview);
  return (
    <div class="preview" role="region" aria-labelledby="settings-preview-title">
      <h4 id="settings-preview-title">{t('optionsSettingsPreviewTitle', props.fileName)}</h4>
      {nothing ? (
        <p class="preview__kind">{t('optionsSettingsNothing')}</p>
      ) : (
        <ul class="preview__changes">
          {preview.changed.length > 0 && (
            <li>
              {t('optionsSettingsChanged', String(preview.changed.length))}{' '}
              {preview.changed.map(settingName).join(', ')}
            </li>
          )}
          {!preview.packsLocked && (
            <>
              <PackLine label={t('optionsSettingsPacksAdded')} packs={preview.packsAdded} />
              <PackLine label={t('optionsSettingsPacksUpdated')} packs={preview.packsUpdated} />
              <PackLine label={t('optionsSettingsPacksRemoved')} packs={preview.packsRemoved} />
            </>
          )}
        </ul>
      )}
      {preview.locked.length > 0 && (
        <p class="hint">{t('optionsSettingsLocked', preview.locked.map(settingName).join(', '))}</p>
      )}
      {preview.packsLocked && <p class="hint">{t('optionsSettingsPacksLocked')}</p>}
      <div class="actions">
        {!nothing && (
          <Button variant="primary" onClick={props.onConfirm}>
            {t('optionsSettingsConfirm')}
          </Button>
        )}
        <Button onClick={props.onCancel}>{nothing ? t('optionsClose') : t('optionsCancel')}</Button>
      </div>
    </div>
  );
}

/** The import part of the export card; `children` (the export button) go in the same row. */
export function SettingsImport(props: { children?: ComponentChildren }) {
  const { connector, run } = usePage();
  const [state, setState] = useState<ImportState>({ step: 'choose' });

  const readFile = async (file: File) => {
    if (file.size > MAX_FILE_BYTES) {
      setState({ step: 'failed', fileName: file.name, problems: [t('optionsImportTooLarge')] });
      return;
    }
    const result = await connector.previewSettingsImport(await file.text());
    setState(
      result.ok
        ? { step: 'preview', fileName: file.name, preview: result.preview }
        : { step: 'failed', fileName: file.name, problems: result.problems },
    );
  };
  const confirm = async (fileName: string, preview: SettingsImportPreview) => {
    const before = await connector.exportSettings();
    const ok = await run(
      () => connector.commitSettingsImport(preview),
      t('optionsSettingsImported', fileName),
    );
    if (ok) setState({ step: 'done', fileName, before });
  };
  const undo = async (before: string) => {
    const result = await connector.previewSettingsImport(before);
    if (!result.ok) return;
    const ok = await run(
      () => connector.commitSettingsImport(result.preview),
      t('optionsSettingsUndone'),
    );
    if (ok) setState({ step: 'choose' });
  };

  if (state.step === 'preview')
    return (
      <Preview
        fileName={state.fileName}
        preview={state.preview}
        onConfirm={() => void confirm(state.fileName, state.preview)}
        onCancel={() => setState({ step: 'choose' })}
      />
    );
  return (
    <div class="settings-import">
      <div class="actions">
        {props.children}
        <input
          id="settings-file"
          class="mx-visually-hidden"
          type="file"
          accept=".json,application/json"
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            e.currentTarget.value = '';
            if (file) void readFile(file);
          }}
        />
        {/* The visible control is the label; the input stays focusable and draws the focus ring on it. */}
        <label for="settings-file" class="mx-button mx-button--secondary mx-button--md">
          {t('optionsSettingsImport')}
        </label>
      </div>
      {state.step === 'done' && (
        <div class="settings-import__done" role="status">
          <span>{t('optionsSettingsImported', state.fileName)}</span>
          <Button onClick={() => void undo(state.before)}>{t('optionsSettingsUndo')}</Button>
        </div>
      )}
      {state.step === 'failed' && (
        <div class="import-errors" role="alert">
          <p class="import-errors__title">
            {t('optionsSettingsFailed', [state.fileName, String(state.problems.length)])}
          </p>
          <ul>
            {state.problems.map((problem, i) => (
              <li key={i}>
                <code>{problem}</code>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
