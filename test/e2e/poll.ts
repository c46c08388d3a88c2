/**
 * Waiting on what the page shows: `until` re-reads a state (the DOM, a log file) until it
 * satisfies a condition or the deadline passes, then fails saying what it waited for and
 * what it last saw. No fixed sleeps: the only pause is the short gap between two reads.
 */
export async function until<T>(read: () => Promise<T> | T, ok: (value: T) => boolean, what: string, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined;
  let error: unknown;
  for (;;) {
    try {
      last = await read();
      error = undefined;
      if (ok(last)) return last;
    } catch (e) {
      error = e;
    }
    if (Date.now() > deadline) {
      const seen = error ? `error: ${error instanceof Error ? error.message : String(error)}` : `last seen: ${JSON.stringify(last)?.slice(0, 600)}`;
      throw new Error(`timed out after ${timeoutMs / 1000} s waiting for ${what} (${seen})`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}
