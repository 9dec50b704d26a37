import type { AppStatus } from '../../../shared/app-contract';
import { api } from '../../api/client';

export interface OutgoingFile {
  name: string;
  base64: string;
}

/** What became of a save: written to a folder, offered as downloads, or cancelled by the user. */
export type SaveOutcome =
  | { kind: 'folder'; folder: string; written: string[] }
  | { kind: 'downloaded'; count: number }
  | { kind: 'cancelled' };

const MIME_TYPES: Record<string, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv;charset=utf-8',
  ics: 'text/calendar;charset=utf-8',
};

export function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

function download(file: OutgoingFile): void {
  const extension = file.name.split('.').pop()?.toLowerCase() ?? '';
  const blob = new Blob([base64ToBytes(file.base64)], {
    type: MIME_TYPES[extension] ?? 'application/octet-stream',
  });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = file.name;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // The download reads the blob after this handler returns; revoking at once could cut it off.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * Hands files to the user the way the host allows: the desktop shell asks for a folder and writes
 * them there (the renderer never names a path); a browser page can only offer them as downloads.
 */
export async function saveFiles(
  host: AppStatus['host'],
  files: readonly OutgoingFile[],
): Promise<SaveOutcome> {
  if (files.length === 0) return { kind: 'downloaded', count: 0 };
  if (host === 'browser') {
    for (const file of files) download(file);
    return { kind: 'downloaded', count: files.length };
  }
  const result = await api['files.save']({ files: files.map((f) => ({ name: f.name, base64: f.base64 })) });
  return 'cancelled' in result
    ? { kind: 'cancelled' }
    : { kind: 'folder', folder: result.folder, written: result.written };
}
