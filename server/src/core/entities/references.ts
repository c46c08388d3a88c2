/**
 * A reference in Vancouver (MEDLINE) style, as study records and papers list them:
 * `Kirk GD, Camus-Randon AM, Mendy M. Title of the paper. J Natl Cancer Inst. 2000 Jan 19;92(2):148-53.`
 * The authors, each a surname and the initials of the given names, are people; the journal's abbreviated
 * title before the year and the volume is an organisation, as a journal named in prose is (journals.ts).
 * A list of one author is read so only where a journal, its year and its volume are in the paragraph or `et al.` closes it;
 * a list of two or more (`Talasaz A, Mortimer S, et al.`) is a reference's wherever it opens a line. A journal is read only in
 * a paragraph an author list opens.
 */
import { mention, replaceOverlapping, type Mention } from './mention';
import { REFERENCE_LINK } from '../text';

/**
 * `Camus-Randon`, `Trépo`, `O’Brien`, `van der Berg`, `VanderWerf`, `Nguyen-Van-Tam`, `Nguyen-van Tam`: a surname, a particle or two
 * before it, up to two more parts after hyphens (a small particle may open one).
 */
const SURNAME = String.raw`(?:(?:de|van|von|der|den|da|di|du|del|dos|la|le|De|Van|Von|Da|Di|Du|Del|La|Le)[ \t]){0,2}(?:\p{Lu}['’])?\p{Lu}\p{Ll}[\p{L}'’]*(?:[-‐](?:\p{Ll}{2,4}[ \t])?\p{Lu}\p{Ll}[\p{L}'’]*){0,2}`;
/**
 * `Chen XQ`, `Longini IM Jr`, `Chung W-H`: a surname and up to three initials, without full stops (two joined by a hyphen, as
 * Chinese and French given names are), and a generation after them.
 */
const AUTHOR = String.raw`${SURNAME}[ \t](?:\p{Lu}-\p{Lu}|\p{Lu}{1,3})(?:[ \t](?:Jr|Sr|II|III|IV))?`;
/** Between two authors: a comma (a space may stand before it, as some sites print it: `Peasah SK , Breese J`), `and`, or both. */
const BETWEEN = String.raw`(?:[ \t]?,[ \t](?:and[ \t])?|[ \t]and[ \t])`;
const ONE_AUTHOR = new RegExp(String.raw`${AUTHOR}(?=[ \t]?[,.]|[ \t](?:and|et)[ \t])`, 'gu');
/**
 * The list: at the paragraph's start (after the reference's number: `12. Govaert TM , Thijs CT , et al.`, or the marks a
 * journal gives a paper of interest: `•• Kardaun S et al.`) or after `Retraction in:` and the like, closed by a full stop
 * (`et al.`, with or without a comma before it, may end it).
 */
const AUTHOR_LIST = new RegExp(String.raw`(?:^(?:\d{1,3}\.[ \t]+)?(?:[•*]{1,3}[ \t]+)?|(?<=\bin:[ \t]))${AUTHOR}(?:${BETWEEN}${AUTHOR})*(?:[ \t]?,?[ \t]et[ \t]al)?[ \t]?\.(?=[ \t]|$)`, 'gmu');
/** A small letter, a space, one to three capitals or two joined by a hyphen (and `Jr` or `et al`), then a comma or a full stop: what every author ends with. */
const AUTHOR_HINT = /\p{Ll}[ \t](?:\p{Lu}-\p{Lu}|\p{Lu}{1,3})(?:[ \t](?:Jr|Sr|II|III|IV|et[ \t]al))?[ \t]?[,.]/u;
/**
 * `Clin Cancer Res. 2001 Aug;7(8)`, `Cancer. 1995 Mar 15;75`, `Ann N Y Acad Sci. 2000 Apr;906:13-6`: the journal (after a
 * title that ends with a full stop or a question), its year, the volume; the journal and its year alone, closing the line (`Br J Dermatol. 2016.`);
 * or the journal, the volume and the year of an abstract (`J Clin Oncol 32, 2014 (suppl`).
 */
const JOURNAL = /(?<=[.?!][ \t]|^)(\p{Lu}\p{L}*(?:[ \t]\p{Lu}\p{L}*){0,6})(?:\.[ \t](?:19|20)\d\d(?:[ \t][A-Z][a-z]{2}(?:[ \t]\d{1,2})?(?:-[A-Z][a-z]{2})?)?;[ \t]?\d|\.[ \t](?:19|20)\d\d\.$|[ \t]\d{1,3},[ \t](?:19|20)\d\d[ \t]\()/gmu;

/** After a reference, its identifier's label and its links run together: `[PMID: 24055351]`, `CrossrefMedlineGoogle Scholar`, `LinkGoogle Scholar`. */
const LINK_LABEL = /^(?:PMID|PMCID|DOI|(?:Crossref|Medline|PubMed|Link|Google|Scopus|ISI)+)$/;

/** `Weather November 20, 2019 (This Morning)`: a date, no journal and its volume. */
const MONTH_END = /(?:January|February|March|April|May|June|July|August|September|October|November|December)$/;

/** Put the authors and the journal of each reference of the paragraph (one with an author list) in place of the mentions they overlap. */
export function vancouverReferences(text: string, ms: Mention[]): void {
  // (An author is a surname then initials before a comma or a full stop: no such letters, no list; read on every keystroke.)
  if (!AUTHOR_HINT.test(text)) return;
  const lists = [...text.matchAll(AUTHOR_LIST)];
  if (!lists.length) return;
  const journals = [...text.matchAll(JOURNAL)].filter((j) => !MONTH_END.test(j[1]));
  for (const list of lists) {
    const authors = [...list[0].matchAll(ONE_AUTHOR)];
    if (authors.length < 2 && !journals.length && !list[0].endsWith('et al.')) continue;
    for (const a of authors) {
      const start = list.index + a.index;
      replaceOverlapping(ms, mention(start, start + a[0].length, a[0], 'PERSON', 2, 'an author of a Vancouver-style reference: a surname and initials', { author: true }));
    }
  }
  for (const j of journals) {
    // Its own canonical name: `Cancer Res` is not a short form of `Clin Cancer Res`.
    replaceOverlapping(ms, mention(j.index, j.index + j[1].length, j[1], 'ORG', 2, 'the journal of a Vancouver-style reference, before its year and volume', { canonical: j[1], ownName: true }));
    // The database's labels and links printed after it on its line: no entities.
    const lineEnd = text.indexOf('\n', j.index) < 0 ? text.length : text.indexOf('\n', j.index);
    for (let k = ms.length - 1; k >= 0; k--) if (ms[k].start > j.index && ms[k].end <= lineEnd && LINK_LABEL.test(ms[k].text)) ms.splice(k, 1);
  }
}

/**
 * `CAS Article PubMed PubMed Central Google Scholar`, `search for this author in PubMed Google Scholar`: the links a
 * journal's site prints under each reference and beside its authors, two or more in a row or one alone on its line, name no entity.
 */
const LINK_RUN = new RegExp(String.raw`(?:^|\b(?=${REFERENCE_LINK} ${REFERENCE_LINK}))${REFERENCE_LINK}(?: ${REFERENCE_LINK})*$`, 'gm');

/** Take out the mentions inside a run of a reference's links at a line's end. */
export function referenceLinks(text: string, ms: Mention[]): void {
  for (const run of text.matchAll(LINK_RUN)) {
    const end = run.index + run[0].length;
    for (let k = ms.length - 1; k >= 0; k--) if (ms[k].start >= run.index && ms[k].end <= end) ms.splice(k, 1);
  }
}
