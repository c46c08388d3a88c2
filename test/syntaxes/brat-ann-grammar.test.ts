import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * The `.ann` TextMate grammar: every line of real brat files is recognised by a rule
 * other than the one that marks a line invalid, and a malformed line is marked invalid.
 * (Its regexes are plain enough that JavaScript reads them as Oniguruma does.)
 */
const repo = path.resolve(__dirname, '../..');
const grammar = JSON.parse(fs.readFileSync(path.join(repo, 'syntaxes/brat-ann.tmLanguage.json'), 'utf8'));
const rules: [string, RegExp][] = Object.entries(grammar.repository as Record<string, { match: string }>).map(([k, r]) => [k, new RegExp(r.match)]);

function ruleOf(line: string): string | undefined {
  return rules.find(([, re]) => re.test(line))?.[0];
}

describe('brat .ann grammar', () => {
  it('is registered in package.json for .ann files', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(repo, 'package.json'), 'utf8'));
    assert.deepEqual(pkg.contributes.languages[0].extensions, ['.ann']);
    assert.equal(pkg.contributes.grammars[0].scopeName, grammar.scopeName);
    assert.ok(fs.existsSync(path.join(repo, pkg.contributes.grammars[0].path)));
  });

  it('recognises each kind of line', () => {
    assert.equal(ruleOf('T1\tPERSON 0 7\tTokayev'), 'textbound');
    assert.equal(ruleOf('T2\tQUOTE 0 2;3 5\tab cd'), 'textbound');
    assert.equal(ruleOf('N1\tReference T1 canon:Kassym-Jomart Tokayev\tTokayev'), 'normalization');
    assert.equal(ruleOf('A1\tUnmarked T9'), 'attribute');
    assert.equal(ruleOf('R1\tSpeaker Arg1:T9 Arg2:T2'), 'relation');
    assert.equal(ruleOf('#1\tAnnotatorNotes T1\tcheck this'), 'note');
  });

  it('marks a malformed line invalid', () => {
    assert.equal(ruleOf('T1 PERSON zero seven'), 'other');
    assert.equal(ruleOf('hello'), 'other');
  });

  it('reads every line of the gold files as a known kind', function () {
    const gold = path.resolve(repo, '../shared/gold/seeds');
    if (!fs.existsSync(gold)) this.skip();
    for (const f of fs.readdirSync(gold).filter((n) => n.endsWith('.ann'))) {
      for (const line of fs.readFileSync(path.join(gold, f), 'utf8').split('\n').filter(Boolean)) {
        assert.notEqual(ruleOf(line), 'other', `${f}: ${line}`);
        assert.ok(ruleOf(line), `${f}: ${line}`);
      }
    }
  });
});
