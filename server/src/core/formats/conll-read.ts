/**
 * CoNLL import. Reads Marginalia's export losslessly (the `# marginalia:` lines give
 * the text with its spacing, the spans the columns cannot hold, normalisations,
 * attributes and relations) and plain CoNLL-2003 files too (token first, NER tag
 * last; other columns such as POS and chunk tags ignored). Without a `text` line the
 * spacing is not recoverable: tokens are joined by one space and sentences by a line
 * break, and offsets refer to that rebuilt text.
 */
import { CodePoints } from './codepoints';
import { META, isTag } from './conll-columns';
import { SPACE } from './tokenize';
import { lineFragments, normalise, spanKey, spanText, type AnnotatedDoc, type FormatProblem, type FormatSpan } from './model';

interface Row {
  token: string;
  tags: string[];
  line: number;
  sentenceStart: boolean;
}
interface Meta {
  kind: string;
  value: unknown;
  line: number;
}
interface Pending {
  rows: Row[];
  meta: Meta[];
}

export interface ConllResult {
  docs: AnnotatedDoc[];
  problems: FormatProblem[];
}

const SPACES = new RegExp(`${SPACE.source}+`);

export function fromConll(content: string, fallbackName: string): ConllResult {
  const out: ConllResult = { docs: [], problems: [] };
  let tagColumns: number | undefined; // with Marginalia's header: every column after the token
  let doc: Pending = { rows: [], meta: [] };
  let newSentence = true;
  const finish = () => {
    if (doc.rows.length || doc.meta.length) out.docs.push(buildDoc(doc, `${fallbackName}-${out.docs.length + 1}`, out.problems));
    doc = { rows: [], meta: [] };
    newSentence = true;
  };
  content.split(/\r?\n/).forEach((raw, i) => {
    const line = i + 1;
    const fields = raw.split(SPACES).filter(Boolean);
    if (!fields.length) return void (newSentence = true);
    if (fields[0] === '-DOCSTART-') return finish();
    if (raw.startsWith(`${META} `)) {
      const [, kind, ...rest] = raw.slice(META.length).trim().match(/^(\S+)\s*(.*)$/) ?? [];
      if (kind === 'columns') return void (tagColumns = rest.join(' ').split(/\s+/).length - 1);
      try {
        doc.meta.push({ kind, value: JSON.parse(rest.join(' ')), line });
      } catch {
        out.problems.push({ line, message: `cannot read the ${kind} line (not JSON); skipped` });
      }
      return;
    }
    const wanted = tagColumns ?? 1;
    const tags = tagColumns === undefined ? fields.slice(1).slice(-1) : fields.slice(1, 1 + wanted);
    const wellFormed = tags.length === wanted && tags.every(isTag);
    if (raw.startsWith('#') && !wellFormed) return; // a comment; a token "#" has its tags
    if (!wellFormed) {
      out.problems.push({ line, message: `expected "TOKEN ${tagColumns === undefined ? 'TAG' : 'TAG '.repeat(wanted).trim()}" with BIO tags (O, B-X, I-X); tags read as O` });
    }
    doc.rows.push({ token: fields[0], tags: tags.map((t) => (isTag(t) ? t : 'O')), line, sentenceStart: newSentence });
    newSentence = false;
  });
  finish();
  out.problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return out;
}

function buildDoc(p: Pending, fallbackName: string, problems: FormatProblem[]): AnnotatedDoc {
  const metaOf = (kind: string) => p.meta.filter((m) => m.kind === kind);
  const nameMeta = metaOf('doc')[0]?.value;
  const name = typeof nameMeta === 'string' && nameMeta ? nameMeta : fallbackName;
  const textMeta = metaOf('text')[0]?.value;
  const { text, offsets } = typeof textMeta === 'string' ? locate(textMeta, p.rows, problems) : rebuild(p.rows);
  const cps = new CodePoints(text);
  const doc: AnnotatedDoc = { name, text, spans: bioSpans(p.rows, offsets, cps), notes: [], attributes: [], relations: [] };
  const problem = (m: Meta, message: string) => problems.push({ line: m.line, message: `${name}: ${message}; skipped` });
  for (const m of metaOf('span')) {
    const s = typeof m.value === 'string' ? parseKey(m.value, cps) : undefined;
    if (s) doc.spans.push(s);
    else problem(m, `not a span within the text: ${JSON.stringify(m.value)}`);
  }
  readLinks(doc, cps, p.meta, problem);
  return normalise(doc);
}

/** Notes, attributes and relations, each naming its spans by brat body. */
function readLinks(doc: AnnotatedDoc, cps: CodePoints, meta: Meta[], problem: (m: Meta, message: string) => void): void {
  const index = new Map(doc.spans.map((s, i) => [spanKey(s), i]));
  const find = (m: Meta, key: unknown) => {
    const i = typeof key === 'string' ? index.get(key) : undefined;
    if (i === undefined) problem(m, `refers to ${JSON.stringify(key)}, which is not among the document's spans`);
    return i;
  };
  const word = (v: unknown): v is string => typeof v === 'string' && /^\S+$/.test(v);
  const attrs = new Map<string, string | undefined>();
  for (const m of meta) {
    const v = Array.isArray(m.value) ? m.value : [];
    if (m.kind === 'note') {
      if (typeof v[1] !== 'string' || (v[2] !== undefined && typeof v[2] !== 'string')) problem(m, 'expected ["SPAN", "REF"(, "TEXT")]');
      else {
        const span = find(m, v[0]);
        if (span !== undefined) doc.notes.push({ span, ref: v[1], text: v[2] ?? spanText(cps, doc.spans[span]) });
      }
    } else if (m.kind === 'attr') {
      if (!word(v[1]) || (v[2] !== undefined && !word(v[2]))) problem(m, 'expected ["SPAN", "NAME"(, "VALUE")]');
      else {
        const span = find(m, v[0]);
        const k = `${span}\t${v[1]}`;
        if (span === undefined) continue;
        if (attrs.has(k) && attrs.get(k) !== v[2]) problem(m, `a second value for attribute ${v[1]}`);
        else {
          doc.attributes.push(v[2] === undefined ? { span, name: v[1] } : { span, name: v[1], value: v[2] });
          attrs.set(k, v[2]);
        }
      }
    } else if (m.kind === 'rel') {
      const args = Array.isArray(v[1]) ? (v[1] as unknown[]) : [];
      const ok = word(v[0]) && args.length > 0 && args.every((a) => Array.isArray(a) && word(a[0]) && !a[0].includes(':'));
      if (!ok) problem(m, 'expected ["TYPE", [["Arg1", "SPAN"], ["Arg2", "SPAN"]]]');
      else {
        const found = (args as [string, unknown][]).map(([n, key]) => [n, find(m, key)] as const);
        if (found.every((a): a is readonly [string, number] => a[1] !== undefined)) doc.relations.push({ type: v[0] as string, args: found.map(([n, i]) => [n, i]) });
      }
    } else if (!['doc', 'text', 'span'].includes(m.kind)) problem(m, `unknown kind of line "${m.kind}"`);
  }
}

/** Each row's UTF-16 offset in the given text, or -1 from the first token that does not match it. */
function locate(text: string, rows: Row[], problems: FormatProblem[]): { text: string; offsets: number[] } {
  const offsets: number[] = [];
  let pos = 0;
  for (const r of rows) {
    while (pos >= 0 && pos < text.length && SPACE.test(text[pos])) pos++;
    if (pos >= 0 && !text.startsWith(r.token, pos)) {
      problems.push({ line: r.line, message: `token "${r.token}" does not match the document text here; the tags from this line on are ignored` });
      pos = -1;
    }
    if (pos < 0) {
      offsets.push(-1);
      continue;
    }
    offsets.push(pos);
    pos += r.token.length;
  }
  return { text, offsets };
}

/** Text rebuilt from the tokens: one space between tokens, a line break between sentences. */
function rebuild(rows: Row[]): { text: string; offsets: number[] } {
  let text = '';
  const offsets = rows.map((r, i) => {
    if (i) text += r.sentenceStart ? '\n' : ' ';
    text += r.token;
    return text.length - r.token.length;
  });
  return { text, offsets };
}

/** Spans from the BIO columns; an I- tag that continues nothing starts a span (IOB1). */
function bioSpans(rows: Row[], offsets: number[], cps: CodePoints): FormatSpan[] {
  const out: FormatSpan[] = [];
  const columns = rows.reduce((n, r) => Math.max(n, r.tags.length), 0);
  for (let c = 0; c < columns; c++) {
    let open: { label: string; start: number; end: number } | undefined;
    const close = () => {
      if (open) out.push({ label: open.label, fragments: lineFragments(cps, cps.codePoint(open.start), cps.codePoint(open.end)) });
      open = undefined;
    };
    rows.forEach((r, i) => {
      const tag = offsets[i] < 0 ? 'O' : (r.tags[c] ?? 'O');
      const label = tag.slice(2);
      if (tag === 'O') return close();
      if (tag[0] === 'I' && open?.label === label) return void (open.end = offsets[i] + r.token.length);
      close();
      open = { label, start: offsets[i], end: offsets[i] + r.token.length };
    });
    close();
  }
  return out;
}

function parseKey(key: string, cps: CodePoints): FormatSpan | undefined {
  const m = /^(\S+) (\d+ \d+(?:;\d+ \d+)*)$/.exec(key);
  if (!m) return undefined;
  const fragments = m[2].split(';').map((f) => f.split(' ').map(Number) as [number, number]);
  return fragments.every(([a, b]) => a <= b && b <= cps.length) ? { label: m[1], fragments } : undefined;
}
