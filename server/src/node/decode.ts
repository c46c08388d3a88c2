/**
 * The one rule for what counts as a readable document, shared by the command line and
 * the language server: no NUL bytes, strict UTF-8, a leading BOM dropped.
 */
const decoder = new TextDecoder('utf-8', { fatal: true });

export function decodeDocument(bytes: Uint8Array): string | { problem: string } {
  if (bytes.includes(0)) return { problem: 'looks binary (contains NUL bytes)' };
  try {
    const text = decoder.decode(bytes);
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch {
    return { problem: 'is not valid UTF-8 (convert it with iconv -t UTF-8)' };
  }
}
