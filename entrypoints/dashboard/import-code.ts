import { type DashboardMessages, dashboardMessages } from '../../core/messages/dashboard';
import { createClient } from '../../core/messages/protocol';
import { transport } from './connection';

// The Import tab's code, one chunk loaded on the first import (`use-import.ts`): the report
// parser and mapper, and the client its chunks of orders go out through.

export { runImport } from '../../core/import/run-import';
export { IMPORT_CHUNK_SIZE } from '../../core/messages/dashboard';
export { readReportFile } from './read-report-file';

/**
 * `import.chunk` alone goes out through a client without the table: no page-side check of the
 * request. Its orders were just built by our own mapper, and zod-checking 2,000 of them in the page
 * before sending cost about 0.7 s per 50,000-row report, while the background checks every
 * request again anyway (`createRouter`) and that check is what guards the database: a bad chunk
 * is still refused there with nothing written. The reply is still checked here.
 */
export const sendUncheckedChunk = createClient<Pick<DashboardMessages, 'import.chunk'>>(transport);
export const importChunkReply = dashboardMessages['import.chunk'].reply;
