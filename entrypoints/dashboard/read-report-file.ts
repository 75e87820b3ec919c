import { decodeFileBytes } from '../../core/import/decode-file';

/**
 * A report file's text, by its bytes rather than `file.text()`: a report saved again by a
 * spreadsheet may be UTF-16 or windows-1252 (core/import/decode-file.ts).
 */
export async function readReportFile(file: Blob): Promise<string> {
  return decodeFileBytes(new Uint8Array(await file.arrayBuffer())).text;
}
