// Sends a validated backup's parts to the background, one after the other, and says truly what an
// interruption left (issue 17). The background stages every part but the last; the last swaps the
// whole backup in, in ONE transaction. So a stop before the last part changed nothing, and a stop
// during the last one either restored everything or nothing (its reply may have been lost after
// the commit): never a mix.

export interface RestoreStop {
  /** Parts the background answered. */
  done: number;
  total: number;
  /** True when the part on its way was the last (the swap): restored whole or not at all. */
  atLast: boolean;
  reason: string;
}

export class RestoreInterruptedError extends Error {
  constructor(
    readonly stop: RestoreStop,
    sentence: (stop: RestoreStop) => string,
  ) {
    super(sentence(stop));
    this.name = 'RestoreInterruptedError';
  }
}

export async function sendRestoreParts<P>(
  parts: readonly P[],
  send: (part: P) => Promise<unknown>,
  options: { onProgress?: (done: number, total: number) => void; sentence: (stop: RestoreStop) => string },
): Promise<void> {
  for (const [i, part] of parts.entries()) {
    try {
      await send(part);
    } catch (error) {
      const text = error instanceof Error ? error.message : String(error);
      throw new RestoreInterruptedError(
        {
          done: i,
          total: parts.length,
          atLast: i === parts.length - 1,
          reason: text.length > 300 ? `${text.slice(0, 300)}…` : text,
        },
        options.sentence,
      );
    }
    options.onProgress?.(i + 1, parts.length);
  }
}
