/**
 * The page renders once the database is open, or after `waitMs` (an upgrade, or an open blocked
 * by another tab, takes longer: the page then shows, and its reads wait for the open as before).
 * Rendered meanwhile, the open's reply queued behind the first render and paint, and Dexie's work
 * on it ran in the very moment the table's first page was read: at 100,000 orders, about 25 ms of
 * that page's request-to-rows time (`npm run bench:chromium -- import`).
 */
export function openedOrWaited(open: Promise<unknown>, waitMs: number): Promise<void> {
  const opened = open.then(
    () => undefined,
    () => undefined,
  );
  const waited = new Promise<void>((resolve) => setTimeout(resolve, waitMs));
  return Promise.race([opened, waited]);
}
