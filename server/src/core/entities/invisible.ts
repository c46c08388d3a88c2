/**
 * Web pages hide format characters inside words: soft hyphens (`Netan\u00ADyahu`), zero-width
 * spaces and joiners. They are invisible to a reader, so names are read with them taken
 * out; offsets are mapped back so spans still cover the text as written.
 */

const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;

export interface Folded {
  /** The text without invisible characters. */
  text: string;
  /** Maps an offset in the folded text (0..length inclusive) to the written text. */
  toWritten: (offset: number) => number;
}

/** Does the text hold an invisible character? (One scan of a document spares one for each of its paragraphs.) */
export function hasInvisible(text: string): boolean {
  INVISIBLE.lastIndex = 0;
  return INVISIBLE.test(text);
}

/** The text with invisible characters removed, or undefined when it has none (the common case). */
export function foldInvisible(text: string): Folded | undefined {
  INVISIBLE.lastIndex = 0;
  if (!INVISIBLE.test(text)) return undefined;
  // removed[k]: how many characters were removed before the k-th kept one.
  const kept: number[] = [];
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xad || (c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff) continue;
    kept.push(i);
    out += text[i];
  }
  return {
    text: out,
    // A span's end maps to just after its last kept character.
    toWritten: (offset) => (offset >= kept.length ? text.length : kept[offset]),
  };
}
