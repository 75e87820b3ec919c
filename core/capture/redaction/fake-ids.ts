// Consistent fakes of order ids and tracking numbers (`fakeIds`): the same id gives the same
// fake within one capture (same salt), keeps its kind (prefix, length, digit/letter places) and
// never collides with another fake or with the id itself.

function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
function randomFrom(seed: number): () => number {
  let state = seed || 1;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
/** How many leading and trailing characters an id keeps: its kind, not its identity. */
function keptEnds(id: string): [number, number] {
  if (/^\d{3}-\d{7}-\d{7}$/.test(id)) return [3, 0]; // the marketplace prefix of an Amazon order id
  if (/^1Z/.test(id)) return [2, 0];
  if (/^TBA\d/.test(id)) return [3, 0];
  if (/^[A-Z]{2}\d{9}[A-Z]{2}$/.test(id)) return [2, 2];
  const letters = /^[A-Za-z]*/.exec(id)![0].length;
  return [Math.min(letters, 4), 0];
}
export function fakeOf(id: string, salt: string, attempt: number): string {
  const random = randomFrom(hash32(`${salt}\u0001${id}\u0001${attempt}`));
  const [head, tail] = keptEnds(id);
  let out = '';
  for (let i = 0; i < id.length; i++) {
    const c = id[i]!;
    if (i < head || i >= id.length - tail) out += c;
    else if (c >= '0' && c <= '9') out += String(Math.floor(random() * 10));
    else if (c >= 'A' && c <= 'Z') out += String.fromCharCode(65 + Math.floor(random() * 26));
    else if (c >= 'a' && c <= 'z') out += String.fromCharCode(97 + Math.floor(random() * 26));
    else out += c;
  }
  return out;
}

/** Ids out of a capture: themselves, or their consistent fakes; `onFaked` hears each id faked once. */
export function createIdFaker(
  options: { fakeIds?: boolean; salt?: string },
  onFaked: (id: string) => void,
): (id: string) => string {
  const salt = options.salt ?? 'mcf-desk';
  const fakes = new Map<string, string>();
  const used = new Set<string>();
  return (id) => {
    if (!options.fakeIds) return id;
    let fake = fakes.get(id);
    if (fake === undefined) {
      for (let attempt = 0; fake === undefined || fake === id || used.has(fake); attempt++)
        fake = fakeOf(id, salt, attempt);
      fakes.set(id, fake);
      used.add(fake);
      onFaked(id);
    }
    return fake;
  };
}
