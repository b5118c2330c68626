/**
 * Pack import: a file input and a drop zone; the file is validated and previewed, and nothing
 * is stored before the rep confirms. A failed import lists every problem with its JSON path.
 */
import { useState } from 'preact/hooks';
import type { PackError } from '../../data/schema';
import { OWN_PACK_ID } from '../../settings';
import { Button } from '../../ui/components';
import type { ImportPreview, OptionsData } from '../../ui/connector';
import { t } from '../../ui/i18n';
import { textInUiLanguage } from '../labels';
import { usePage } from '../state';
import { compareVersions } from '../versions';

/** Bigger files are refused before reading: no pack comes near it. */
const MAX_FILE_BYTES = 5 * 1024 * 1024;

type ImportState =
  | { step: 'choose' }
  | { step: 'failed'; fileName: string; errors: PackError[] }
  | { step: 'preview'; fileName: string; preview: ImportPreview };

/** What the import does to the installed pack, in one sentence. */
function kindText(preview: ImportPreview): { text: string; warn: boolean } {
  const { pack, replaces } = preview;
  if (pack.id === OWN_PACK_ID) return { text: t('optionsImportOwn'), warn: true };
  if (!replaces) return { text: t('optionsImportNew', [pack.name, pack.version]), warn: false };
  const order = compareVersions(pack.version, replaces.version);
  if (order > 0)
    return {
      text: t('optionsImportNewer', [pack.name, replaces.version, pack.version]),
      warn: false,
    };
  if (order === 0) return { text: t('optionsImportSame', [pack.name, pack.version]), warn: false };
  return { text: t('optionsImportOlder', [pack.name, replaces.version, pack.version]), warn: true };
}

/** The title of a principle id: from the imported pack, else from what is installed. */
function titleOf(id: string, preview: ImportPreview, data: OptionsData): string {
  const principle =
    preview.pack.principles.find((p) => p.id === id) ??
    data.own.find((p) => p.id === id) ??
    data.principles.find((e) => e.id === id)?.principle;
  return principle ? textInUiLanguage(principle).title : id;
}

function IdList(props: { label: string; ids: string[]; kind: string; preview: ImportPreview }) {
  const { data } = usePage();
  if (props.ids.length === 0) return null;
  return (
    <div class={`preview__group preview__group--${props.kind}`}>
      <h4>{props.label}</h4>
      <ul>
        {props.ids.map((id) => (
          <li key={id}>
            {titleOf(id, props.preview, data)} <code>{id}</code>
          </li>
        ))}
      </ul>
    </div>
  );
}

function Preview(props: {
  fileName: string;
  preview: ImportPreview;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { preview } = props;
  const kind = kindText(preview);
  return (
    <div class="preview" role="region" aria-labelledby="import-preview-title">
      <h4 id="import-preview-title">{t('optionsImportPreviewTitle', props.fileName)}</h4>
      <p class={kind.warn ? 'preview__kind preview__kind--warn' : 'preview__kind'}>{kind.text}</p>
      {preview.pack.description && <p class="hint">{preview.pack.description}</p>}
      <IdList
        label={t('optionsImportAdded', String(preview.added.length))}
        ids={preview.added}
        kind="added"
        preview={preview}
      />
      <IdList
        label={t('optionsImportChanged', String(preview.updated.length))}
        ids={preview.updated}
        kind="changed"
        preview={preview}
      />
      <IdList
        label={t('optionsImportRemoved', String(preview.removed.length))}
        ids={preview.removed}
        kind="removed"
        preview={preview}
      />
      {preview.unchanged.length > 0 && (
        <p class="hint">{t('optionsImportUnchanged', String(preview.unchanged.length))}</p>
      )}
      {preview.overrides.length > 0 && (
        <p class="hint">
          {t(
            'optionsImportOverrides',
            preview.overrides.map((o) => `${o.id} (${o.packName})`).join(', '),
          )}
        </p>
      )}
      <div class="actions">
        <Button variant="primary" onClick={props.onConfirm}>
          {preview.replaces ? t('optionsImportConfirmUpdate') : t('optionsImportConfirm')}
        </Button>
        <Button onClick={props.onCancel}>{t('optionsCancel')}</Button>
      </div>
    </div>
  );
}

/** The import card's content. */
export function PackImport() {
  const { connector, run } = usePage();
  const [state, setState] = useState<ImportState>({ step: 'choose' });
  const [dragging, setDragging] = useState(false);

  const readFile = async (file: File) => {
    if (file.size > MAX_FILE_BYTES) {
      setState({
        step: 'failed',
        fileName: file.name,
        errors: [{ path: '$', message: t('optionsImportTooLarge') }],
      });
      return;
    }
    const result = await connector.previewImport(await file.text());
    setState(
      result.ok
        ? { step: 'preview', fileName: file.name, preview: result.preview }
        : { step: 'failed', fileName: file.name, errors: result.errors },
    );
  };
  const confirm = async (preview: ImportPreview) => {
    const done = t('optionsImported', [preview.pack.name, preview.pack.version]);
    if (await run(() => connector.commitImport(preview), done)) setState({ step: 'choose' });
  };

  if (state.step === 'preview') {
    return (
      <Preview
        fileName={state.fileName}
        preview={state.preview}
        onConfirm={() => void confirm(state.preview)}
        onCancel={() => setState({ step: 'choose' })}
      />
    );
  }
  return (
    <>
      <div
        class={dragging ? 'dropzone dropzone--active' : 'dropzone'}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => {
          e.preventDefault();
          setDragging(false);
          const file = e.dataTransfer?.files[0];
          if (file) void readFile(file);
        }}
      >
        <p class="dropzone__text">{t('optionsImportDrop')}</p>
        <input
          id="pack-file"
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
        <label
          for="pack-file"
          class="mx-button mx-button--secondary mx-button--md dropzone__button"
        >
          {t('optionsImportChoose')}
        </label>
        <p class="hint">{t('optionsImportHint')}</p>
      </div>
      {state.step === 'failed' && (
        <div class="import-errors" role="alert">
          <p class="import-errors__title">
            {t('optionsImportFailed', [state.fileName, String(state.errors.length)])}
          </p>
          <ul>
            {state.errors.map((error, i) => (
              <li key={i}>
                <code>{error.path}</code> {error.message}
              </li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}
