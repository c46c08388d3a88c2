import { strict as assert } from 'node:assert';
import { sentences, tokenize } from '../../../server/src/core/formats/tokenize';

describe('formats: tokeniser', () => {
  const cases: [string, string[]][] = [
    ['Kassym-Jomart Tokayev’s visit', ['Kassym', '-', 'Jomart', 'Tokayev', '’s', 'visit']],
    ["don't stop", ['don', "'t", 'stop']],
    ['on 22.11.2023, 17:31 at 1,000 sites', ['on', '22.11.2023', ',', '17:31', 'at', '1,000', 'sites']],
    ['2024/26 and 2023-25.', ['2024/26', 'and', '2023', '-', '25', '.']],
    ['“allied relations with Russia"', ['“', 'allied', 'relations', 'with', 'Russia', '"']],
    ['‘justice’ matters', ['‘', 'justice', '’', 'matters']],
    ['😀🎉 G20 café', ['😀', '🎉', 'G20', 'café']],
    ['e\u0301te\u0301', ['e\u0301te\u0301']],
    ['Москва и 北京', ['Москва', 'и', '北京']],
    ['# tag -DOCSTART-', ['#', 'tag', '-', 'DOCSTART', '-']],
    ['  \r\n\t ', []],
  ];
  for (const [text, expected] of cases) {
    it(`splits ${JSON.stringify(text)}`, () => assert.deepEqual(tokenize(text).map((t) => t.text), expected));
  }

  it('keeps UTF-16 offsets that slice back to each token', () => {
    const text = '😀 Anna\r\nmet “Bob”.';
    for (const t of tokenize(text)) assert.equal(text.slice(t.start, t.end), t.text);
  });

  it('never puts whitespace inside a token, whatever the space character', () => {
    const text = 'a\u00a0b\u2028c\u3000d\u202fe\u0085f';
    assert.deepEqual(tokenize(text).map((t) => t.text), ['a', 'b', 'c', 'd', 'e', 'f']);
  });

  it('starts a sentence after a line break and after final punctuation before a capital', () => {
    const text = 'He said “We agree.” Then he left. It was late, e.g. this stays\nNew line here';
    assert.deepEqual(
      sentences(text).map((s) => s.map((t) => t.text).join(' ')),
      ['He said “ We agree . ”', 'Then he left .', 'It was late , e . g . this stays', 'New line here'],
    );
  });
});
