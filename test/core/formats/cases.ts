/**
 * Annotated documents that are hard to carry between formats, written as brat by hand
 * (offsets in code points), and a content view of an `.ann` that ignores ids.
 */
import { parseAnn } from '../../../server/src/core/brat';

export interface BratCase {
  name: string;
  text: string;
  ann: string;
}

class Builder {
  private lines: string[] = [];
  private t = 0;
  private other = { N: 0, A: 0, R: 0 };
  constructor(readonly name: string, readonly text: string) {}

  /** Code-point offsets of the nth occurrence of `sub`. */
  at(sub: string, nth = 0): [number, number] {
    let i = -1;
    for (let k = 0; k <= nth; k++) i = this.text.indexOf(sub, i + 1);
    if (i < 0) throw new Error(`${sub} not in ${this.name}`);
    const start = [...this.text.slice(0, i)].length;
    return [start, start + [...sub].length];
  }
  span(label: string, fragments: [number, number][]): string {
    const id = `T${++this.t}`;
    const cps = [...this.text];
    const text = fragments.map(([a, b]) => cps.slice(a, b).join('')).join(' ').replace(/[\r\n\t]+/g, ' ');
    this.lines.push(`${id}\t${label} ${fragments.map((f) => f.join(' ')).join(';')}\t${text}`);
    return id;
  }
  T(label: string, sub: string, nth = 0): string {
    return this.span(label, [this.at(sub, nth)]);
  }
  N(id: string, ref: string, text: string): this {
    this.lines.push(`N${++this.other.N}\tReference ${id} ${ref}\t${text}`);
    return this;
  }
  A(name: string, id: string, value?: string): this {
    this.lines.push(`A${++this.other.A}\t${name} ${id}${value ? ` ${value}` : ''}`);
    return this;
  }
  R(type: string, a: string, b: string): this {
    this.lines.push(`R${++this.other.R}\t${type} Arg1:${a} Arg2:${b}`);
    return this;
  }
  build(): BratCase {
    return { name: this.name, text: this.text, ann: this.lines.join('\n') + (this.lines.length ? '\n' : '') };
  }
}

function astral(): BratCase {
  const b = new Builder('astral', '😀🎉 Anna Smith met 𝒳 Bob in Paris: “Hi 👋 there,” Anna said.\n👨‍👩‍👧 family news\n');
  const anna = b.T('PERSON', 'Anna Smith');
  const bob = b.T('PERSON', 'Bob');
  b.N(anna, 'canon:Anna Smith', 'Anna Smith').N(bob, 'canon:Bob', 'Bob');
  const paris = b.T('PLACE', 'Paris');
  b.N(paris, 'canon:Paris', 'Paris').N(paris, 'wiki:Q90', 'Paris');
  const q = b.T('QUOTE', '“Hi 👋 there,”');
  const anna2 = b.T('PERSON', 'Anna', 1);
  b.R('Speaker', q, anna2);
  b.A('Confidence', q, 'High');
  b.T('BOILERPLATE', '👨‍👩‍👧 family news');
  return b.build();
}

function crlf(): BratCase {
  const b = new Builder('crlf', 'Headline on 27 September\r\nBob said “we will go\r\nto Astana” on Tuesday.\r\nRead: more news\r\nRead: more news');
  const d = b.T('DATE', '27 September');
  b.N(d, 'timex:2022-09-27', '27 September');
  const bob = b.T('PERSON', 'Bob');
  const [qs] = b.at('“we');
  const [, qe] = b.at('Astana”');
  const [, lineEnd] = b.at('we will go');
  const q = b.span('QUOTE', [[qs, lineEnd], [lineEnd + 2, qe]]);
  b.R('Speaker', q, bob).A('Unmarked', q);
  b.T('PLACE', 'Astana');
  b.N(b.T('DATE', 'Tuesday'), 'timex:2022-09-27', 'Tuesday');
  b.T('BOILERPLATE', 'Read: more news');
  b.A('Duplicate', b.T('BOILERPLATE', 'Read: more news', 1));
  return b.build();
}

function nested(): BratCase {
  const b = new Builder('nested', 'The University of Paris said: “Paris in 2023 was calm.”\nProTokayev rally in  Almaty  today\nEnds in Paris');
  b.N(b.T('ORG', 'University of Paris'), 'canon:University of Paris', 'University of Paris');
  b.T('PLACE', 'Paris');
  b.T('QUOTE', '“Paris in 2023 was calm.”');
  b.T('PLACE', 'Paris', 1);
  b.N(b.T('DATE', '2023'), 'timex:2023', '2023');
  b.T('PERSON', 'Tokayev'); // inside a token: no BIO column can hold it
  b.span('PLACE', [b.at(' Almaty ')]); // edges in the spaces
  const [a] = b.at('rally');
  const [, e] = b.at('today');
  b.span('ORG', [[a, a + 5], [e - 5, e]]); // discontinuous, not at a line break
  const [ys] = b.at('University');
  b.span('DATE', [[ys, ys + 3]]);
  b.N(b.T('PLACE', 'Paris', 2), 'canon:Paris', 'the French capital'); // note text of its own
  b.span('QUOTE', [[b.at('calm')[0], b.at('ProTokayev')[1]]]); // one fragment across a line break
  return b.build();
}

export const TRICKY: BratCase[] = [
  astral(),
  crlf(),
  nested(),
  new Builder('plain', 'No annotations at all.\n').build(),
  new Builder('empty', '').build(),
  (() => {
    const b = new Builder('odd', '# O O O\n-DOCSTART- -X- -X- O\nLine\u2028separated\u0085text by Anna');
    b.T('PERSON', 'Anna');
    b.T('BOILERPLATE', '# O O O');
    return b.build();
  })(),
];

/** An `.ann`'s annotations with ids replaced by the spans they name, sorted. */
export function annContent(ann: string): string[] {
  const p = parseAnn(ann);
  if (p.problems.length) throw new Error(`bad .ann: ${JSON.stringify(p.problems)}`);
  const key = (id: string) => {
    const e = p.entities.get(id)!;
    return `${e.label} ${e.fragments.map((f) => f.join(' ')).join(';')}`;
  };
  return [
    ...[...p.entities.values()].map((e) => `T ${key(e.id)}\t${e.text}`),
    ...p.notes.map((n) => `N ${key(n.target)} ${n.ref}\t${n.text}`),
    ...p.attributes.map((a) => `A ${a.name} ${key(a.target)} ${a.value ?? ''}`),
    ...p.relations.map((r) => `R ${r.type} ${Object.entries(r.args).map(([k, v]) => `${k}:${key(v)}`).join(' ')}`),
  ].sort();
}
