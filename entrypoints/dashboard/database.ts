import { McfDeskDb } from '../background/db';

// The page's own connection to the extension's database, for its reads: the same extension origin
// as the background, so no message is needed to read. Writes are messages (`connection.ts`).
// Opened by `main.tsx` before the page renders (`open-first.ts`).

export const db = new McfDeskDb();
