/** The save error and the Save / Cancel buttons every editor form ends with. */
export function FormFooter({ saveError, saveLabel, onCancel }: { saveError: string | null; saveLabel: string; onCancel?: () => void }) {
  return (
    <>
      {saveError ? (
        <p className="form-error" role="alert">
          {saveError}
        </p>
      ) : null}
      <div className="actions">
        <button type="submit" className="primary">
          {saveLabel}
        </button>
        {onCancel ? (
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        ) : null}
      </div>
    </>
  );
}
