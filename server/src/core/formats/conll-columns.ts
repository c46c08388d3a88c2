/**
 * The CoNLL layout shared by export and import: which column a label goes to, the
 * header, and the `# marginalia:` comment lines that carry what the columns cannot.
 */

/** Token, then one BIO column per group of labels that may overlap each other. */
export const COLUMNS = ['TOKEN', 'NER', 'QUOTE', 'BOILERPLATE'] as const;

/** Index of the tag column (1-based among COLUMNS) a label's spans go to. */
export function columnOf(label: string): number {
  return label === 'QUOTE' ? 2 : label === 'BOILERPLATE' ? 3 : 1;
}

export const DOCSTART = '-DOCSTART- -X- -X- O';
export const META = '# marginalia:';

export const HEADER = [
  `${META} columns ${COLUMNS.join(' ')}`,
  '# CoNLL-2003 style BIO, one token per line, a blank line between sentences, -DOCSTART- between documents.',
  '# NER holds PERSON ORG PLACE NORP DATE TIME; QUOTE and BOILERPLATE have their own columns since they contain entities.',
  '# "# marginalia:" lines keep what the columns cannot: the text with its spacing (JSON), spans that overlap others',
  '# of their column or do not fall on token boundaries, and normalisations (canon:, timex:), attributes and',
  '# relations (speakers). Spans there are brat bodies, "LABEL START END[;START END]", offsets in code points.',
];

/** Kinds of metadata line, each followed by one JSON value. */
export type MetaKind = 'doc' | 'text' | 'span' | 'note' | 'attr' | 'rel';

export function metaLine(kind: MetaKind, value: unknown): string {
  return `${META} ${kind} ${JSON.stringify(value).replace(/[\u0085\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}`;
}

const TAG = /^(?:O|[BI]-\S+)$/;

/** A line is a token row when its second field is a BIO tag; otherwise a `#` line is a comment. */
export function isTag(s: string | undefined): boolean {
  return s !== undefined && TAG.test(s);
}
