import { useId, useMemo, useState } from 'react';
import {
  IMPORT_FIELDS,
  IMPORT_FIELD_LABELS,
  buildImport,
  previewCsv,
  type ColumnMapping,
  type CsvPreview,
  type ExistingAccounts,
  type ImportField,
} from '../../utils/import';
import type { ImportExportPanelProps } from './ImportExportPanel';
import { ImportReview } from './ImportReview';
import { errorText, readChosenFile } from './file-io';

const PREVIEW_ROWS = 8;
const DELIMITER_NAMES: Record<string, string> = { ',': 'comma', ';': 'semicolon', '\t': 'tab', '|': 'bar' };

interface LoadedCsv {
  fileName: string;
  text: string;
  preview: CsvPreview;
  existing: ExistingAccounts;
}

function MappingSelect({
  field,
  headers,
  mapping,
  onChange,
}: {
  field: ImportField;
  headers: readonly string[];
  mapping: ColumnMapping;
  onChange(column: number | undefined): void;
}) {
  const id = useId();
  return (
    <div className="field bk-import__mapping-field">
      <label htmlFor={id}>{IMPORT_FIELD_LABELS[field]}</label>
      <select
        id={id}
        value={mapping[field] === undefined ? '' : String(mapping[field])}
        onChange={(event) => onChange(event.target.value === '' ? undefined : Number(event.target.value))}
        data-testid={`import-map-${field}`}
      >
        <option value="">— not imported —</option>
        {headers.map((header, column) => (
          <option key={column} value={column}>
            {header}
          </option>
        ))}
      </select>
    </div>
  );
}

/** Pick a CSV, check the guessed columns on the first rows, see the row errors, confirm. */
export function CsvImportSection({ commitImport, loadAccounts, now }: Pick<ImportExportPanelProps, 'commitImport' | 'loadAccounts' | 'now'>) {
  const fileId = useId();
  const [loaded, setLoaded] = useState<LoadedCsv | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping>({});
  const [error, setError] = useState<string | null>(null);
  // Each file choice gets a fresh review, so a finished import cannot be confirmed twice.
  const [generation, setGeneration] = useState(0);

  async function choose(file: File | undefined) {
    setLoaded(null);
    setError(null);
    if (!file) return;
    try {
      const [text, existing] = await Promise.all([readChosenFile(file), loadAccounts()]);
      const preview = previewCsv(text, { rows: PREVIEW_ROWS });
      if (preview.headers.length === 0) {
        setError('The file has no rows.');
        return;
      }
      setMapping(preview.suggestedMapping);
      setLoaded({ fileName: file.name, text, preview, existing: { clients: existing.clients, contacts: existing.contacts } });
      setGeneration((g) => g + 1);
    } catch (cause) {
      setError(`Could not read the file: ${errorText(cause)}`);
    }
  }

  const plan = useMemo(
    () => (loaded ? buildImport(loaded.text, mapping, { now: now(), existing: loaded.existing }) : null),
    // `now` is read when the mapping or file changes, not on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [loaded, mapping],
  );

  const setColumn = (field: ImportField, column: number | undefined) =>
    setMapping((current) => {
      const next: ColumnMapping = {};
      for (const [key, value] of Object.entries(current) as Array<[ImportField, number]>) {
        // A column feeds one field: choosing it here takes it away from the other.
        if (key !== field && value !== column) next[key] = value;
      }
      if (column !== undefined) next[field] = column;
      return next;
    });

  return (
    <section className="bk-import__section" aria-labelledby={`${fileId}-title`}>
      <h3 id={`${fileId}-title`}>Import CSV</h3>
      <p className="muted">One row per contact with its client. Nothing is written until you confirm.</p>
      <div className="field">
        <label htmlFor={fileId}>CSV file</label>
        <input id={fileId} type="file" accept=".csv,.txt,text/csv" onChange={(event) => void choose(event.target.files?.[0])} data-testid="import-csv-file" />
      </div>
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
      {loaded && plan ? (
        <>
          <p className="muted">
            {loaded.fileName}: {loaded.preview.rowCount} rows, separated by {DELIMITER_NAMES[loaded.preview.delimiter] ?? loaded.preview.delimiter}.
          </p>
          <div className="bk-import__table-wrap">
            <table className="bk-import__table" data-testid="import-preview">
              <caption>First rows of the file</caption>
              <thead>
                <tr>
                  <th scope="col">Line</th>
                  {loaded.preview.headers.map((header, column) => (
                    <th scope="col" key={column}>
                      {header}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {loaded.preview.rows.map((row) => (
                  <tr key={row.line}>
                    <th scope="row">{row.line}</th>
                    {loaded.preview.headers.map((_, column) => (
                      <td key={column}>{row.cells[column] ?? ''}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <fieldset className="bk-import__mapping">
            <legend>Which column holds what</legend>
            {IMPORT_FIELDS.map((field) => (
              <MappingSelect key={field} field={field} headers={loaded.preview.headers} mapping={mapping} onChange={(column) => setColumn(field, column)} />
            ))}
          </fieldset>
          <ImportReview
            key={generation}
            plan={plan}
            testIdPrefix="import"
            commit={(data, onProgress) => commitImport(data, onProgress)}
            onCommitted={() => undefined}
          />
        </>
      ) : null}
    </section>
  );
}
