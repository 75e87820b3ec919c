import { readdirSync, readFileSync } from 'node:fs';

// Waiting for the browser to be idle before a latency is measured. Right after a benchmark writes
// tens of thousands of rows, Chromium's storage keeps both cores of a small machine busy for a
// while (seen with `top -H`: the browser's main thread and a thread-pool thread near 100 % each),
// and a page opened meanwhile measures that contention more than its own work.

/** CPU time (clock ticks) of every Chromium process of the machine, from /proc; null off Linux. */
function chromiumTicks(): number | null {
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return null;
  }
  let ticks = 0;
  for (const pid of pids) {
    let stat: string;
    try {
      stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    } catch {
      continue; // the process ended meanwhile
    }
    const close = stat.lastIndexOf(')');
    if (!/chrom/i.test(stat.slice(stat.indexOf('(') + 1, close))) continue;
    // Fields 14 and 15 of proc(5): user and system time; the 12th and 13th after the name.
    const fields = stat.slice(close + 2).split(' ');
    ticks += Number(fields[11]) + Number(fields[12]);
  }
  return ticks;
}

export interface Quiet {
  /** How long the wait took, ms. */
  waitedMs: number;
  /** The browser's CPU use in the last second before it ended, in % of one core. */
  lastPercent: number;
  /** Off Linux nothing is measured: no wait. */
  measured: boolean;
  /** The wait stopped at `maxMs` without the browser quieting down. */
  timedOut: boolean;
}

/**
 * Waits until Chromium's processes together used under `percent` % of one core in each of
 * `seconds` consecutive seconds (Linux: 100 clock ticks a second), or `maxMs` passed.
 */
export async function browserQuiet({ percent = 10, seconds = 2, maxMs = 120_000 } = {}): Promise<Quiet> {
  const start = Date.now();
  const first = chromiumTicks();
  if (first === null) return { waitedMs: 0, lastPercent: Number.NaN, measured: false, timedOut: false };
  let last: number = first;
  let quietSeconds = 0;
  let lastPercent = Number.NaN;
  while (Date.now() - start < maxMs) {
    const before = Date.now();
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const now: number = chromiumTicks() ?? last;
    // 100 clock ticks are a second of one core: ticks a second are % of one core.
    lastPercent = (now - last) / ((Date.now() - before) / 1000);
    last = now;
    quietSeconds = lastPercent < percent ? quietSeconds + 1 : 0;
    if (quietSeconds >= seconds)
      return { waitedMs: Date.now() - start, lastPercent, measured: true, timedOut: false };
  }
  return { waitedMs: Date.now() - start, lastPercent, measured: true, timedOut: true };
}
