import { decodeImportFile } from '../../utils/import/csv';

/** Hands text to the browser as a file download; nothing leaves the machine. */
export function downloadText(text: string, fileName: string, type: string): void {
  downloadParts([text], fileName, type);
}

/** The file is written from its parts where it is made (a Blob): the whole text is never one string. */
export function downloadParts(parts: readonly string[], fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob(parts as string[], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Chrome starts the download asynchronously; revoking at once can cancel it.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The chosen file's text, UTF-8 or the Windows-1252 an older Excel writes. */
export async function readChosenFile(file: File): Promise<string> {
  return decodeImportFile(new Uint8Array(await file.arrayBuffer())).text;
}

export const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));
