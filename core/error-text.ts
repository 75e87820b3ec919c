/** What a caught value says, for a line shown to the seller: an Error's message, else the value. */
export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
