import { strict as assert } from 'node:assert';
import { readBrat, writeBrat } from '../../../server/src/core/formats/brat';
import { fromConll } from '../../../server/src/core/formats/conll-read';
import { toConll } from '../../../server/src/core/formats/conll-write';

describe('formats: CoNLL-2003 BIO', () => {
  const text = 'The University of Paris said: “Paris in 2023 was calm.” Then it\nrained.';
  const ann = [
    'T1\tORG 4 23\tUniversity of Paris',
    'T2\tPLACE 18 23\tParis',
    'T3\tQUOTE 30 55\t“Paris in 2023 was calm.”',
    'T4\tPLACE 31 36\tParis',
    'T5\tDATE 40 44\t2023',
    'N1\tReference T5 timex:2023\t2023',
    '',
  ].join('\n');
  const conll = toConll([readBrat('doc', text, ann).doc]);
  const lines = conll.split('\n');
  const rows = lines.filter((l) => l && !l.startsWith('#'));

  it('writes the column header, -DOCSTART- and the metadata before the tokens', () => {
    assert.equal(lines[0], '# marginalia: columns TOKEN NER QUOTE BOILERPLATE');
    assert.equal(rows[0], '-DOCSTART- -X- -X- O');
    assert.ok(lines.includes('# marginalia: doc "doc"'));
    assert.ok(lines.includes(`# marginalia: text ${JSON.stringify(text)}`));
    assert.ok(lines.includes('# marginalia: note ["DATE 40 44","timex:2023"]'));
  });

  it('tags entities inside a quote in their own column, and keeps a nested entity as a span line', () => {
    assert.deepEqual(rows.slice(1, 16), [
      'The O O O',
      'University B-ORG O O',
      'of I-ORG O O',
      'Paris I-ORG O O',
      'said O O O',
      ': O O O',
      '“ O B-QUOTE O',
      'Paris B-PLACE I-QUOTE O',
      'in O I-QUOTE O',
      '2023 B-DATE I-QUOTE O',
      'was O I-QUOTE O',
      'calm O I-QUOTE O',
      '. O I-QUOTE O',
      '” O I-QUOTE O',
      'Then O O O',
    ]);
    assert.ok(lines.includes('# marginalia: span "PLACE 18 23"'));
  });

  it('puts a blank line between sentences', () => {
    const i = lines.indexOf('” O I-QUOTE O');
    assert.deepEqual(lines.slice(i, i + 3), ['” O I-QUOTE O', '', 'Then O O O']);
  });

  it('reads plain CoNLL-2003 (NER in the last column, IOB1) and rebuilds the text from the tokens', () => {
    const plain = ['-DOCSTART- -X- -X- O', '', 'EU NNP B-NP I-ORG', 'rejects VBZ B-VP O', 'German JJ B-NP I-MISC', 'call NN I-NP O', '. . O O', '', 'Peter NNP B-NP I-PER', 'Blackburn NNP I-NP I-PER', '', '-DOCSTART- -X- -X- O', '', 'BRUSSELS NNP B-NP I-LOC'].join('\n');
    const r = fromConll(plain, 'train');
    assert.deepEqual(r.problems, []);
    assert.deepEqual(r.docs.map((d) => [d.name, d.text]), [['train-1', 'EU rejects German call .\nPeter Blackburn'], ['train-2', 'BRUSSELS']]);
    assert.equal(writeBrat(r.docs[0]), 'T1\tORG 0 2\tEU\nT2\tMISC 11 17\tGerman\nT3\tPER 25 40\tPeter Blackburn\n');
  });

  it('reports bad rows, tokens that leave the text and dangling metadata, and reads on', () => {
    const edited = conll
      .replace('calm O I-QUOTE O', 'calm O I-QUOTE')
      .replace('# marginalia: note ["DATE 40 44","timex:2023"]', '# marginalia: note ["DATE 1 2","timex:2023"]\n# marginalia: colour "red"')
      .replace('Then O O O', 'Than O O O');
    const r = fromConll(edited, 'f');
    const got = r.problems.map((p) => p.message);
    assert.equal(got.length, 4, got.join('\n'));
    assert.match(got[0], /refers to "DATE 1 2", which is not among the document's spans; skipped/);
    assert.match(got[1], /unknown kind of line "colour"/);
    assert.match(got[2], /expected "TOKEN TAG TAG TAG" with BIO tags/);
    assert.match(got[3], /token "Than" does not match the document text here/);
    assert.equal(r.docs[0].text, text);
    assert.equal(r.docs[0].notes.length, 0);
    assert.ok(r.docs[0].spans.some((s) => s.label === 'QUOTE'), 'the quote still ends at the closing mark');
  });
});
