import { strict as assert } from 'node:assert';
import { Doc } from '../../../server/src/core/document';
import { WorkspaceIndex } from '../../../server/src/core/workspace-index';
import { boilerplateLines, detect, onLine, prose } from './helpers';

const headline = 'Minister visits the northern regions';
const teaserHeadline = 'Floods hit the south after days of heavy rain';
const footer = 'The Daily Courier is published by Example Media Group';

/** [uri, line] of each twin of the span on `line`. */
function twinsOf(r: ReturnType<typeof detect>, line: number, docs: Record<string, Doc>): [string, number][] {
  return (onLine(r, line)?.duplicateOf ?? []).map((t) => [t.uri, docs[t.uri].positionAt(t.start).line]);
}

describe('boilerplate repeats in one document', () => {
  it('marks a repeated paragraph from its second occurrence on, with all earlier occurrences as twins', () => {
    const r = detect([headline, prose('the visit'), teaserHeadline, teaserHeadline, prose('the budget'), ` ${teaserHeadline}`]);
    assert.deepEqual(boilerplateLines(r), [3, 5]);
    assert.equal(onLine(r, 3)!.reason, 'repeats line 3');
    const docs = { 'mem:doc': r.doc };
    assert.deepEqual(twinsOf(r, 3, docs), [['mem:doc', 2]]);
    assert.deepEqual(twinsOf(r, 5, docs), [['mem:doc', 2], ['mem:doc', 3]]);
  });

  it('finds repeats whatever their case, spacing, quote marks and edge punctuation', () => {
    const r = detect([headline, 'He said the “talks” were going well, officials said.', prose('the visit'), 'he said the "talks"  were going well , officials said']);
    assert.deepEqual(boilerplateLines(r), [3]);
  });

  it('does not mark short repeated lines (under five words) as Duplicates; a repeated label is boilerplate by kind', () => {
    const r = detect([headline, prose('the visit'), 'Share this article', 'Print', prose('the budget'), 'Share this article', 'Print', 'No one was hurt.', prose('the fire'), 'No one was hurt.', prose('the police')]);
    assert.deepEqual(
      r.spans.map((s) => [r.doc.positionAt(s.start).line, s.duplicateOf]),
      [[2, undefined], [3, undefined], [5, undefined], [6, undefined]],
    );
  });

  it('does not mark the sign-off of a second post by the same author on the same day, nor the sign-off itself as a caption', () => {
    const signOff = '— N. K. Jemisin (@nkjemisin) September 19, 2016';
    const r = detect([headline, prose('the alert'), 'I did not sign up for the alert system to be woken up at night.', signOff, 'And this is dangerous. I hope they will be OK.', signOff, prose('the suspect')]);
    assert.deepEqual(boilerplateLines(r), []);
  });

  it('ignores the index entries of its own previous version', () => {
    const index = new WorkspaceIndex();
    detect([headline, prose('the visit'), prose('the budget')], 'mem:a', index);
    const again = detect([headline, prose('the visit'), prose('the budget'), 'One more line was added here.'], 'mem:a', index);
    assert.deepEqual(boilerplateLines(again), []);
  });
});

describe('boilerplate repeats across documents', () => {
  it('marks a footer line shared with other documents in every copy, twins pointing at the others', () => {
    const index = new WorkspaceIndex();
    const a = detect([headline, prose('the visit'), prose('the budget'), footer], 'mem:a', index);
    const b = detect([teaserHeadline, prose('the floods'), prose('the relief'), footer], 'mem:b', index);
    const a2 = detect([headline, prose('the visit'), prose('the budget'), footer], 'mem:a', index);
    const docs = { 'mem:a': a2.doc, 'mem:b': b.doc };
    assert.deepEqual(twinsOf(b, 3, docs), [['mem:a', 3]]);
    assert.deepEqual(twinsOf(a2, 3, docs), [['mem:b', 3]]);
    assert.match(onLine(b, 3)!.reason!, /another document/);
    assert.equal(onLine(a, 3), undefined, 'alone in the workspace, the last line is content');
  });

  it('marks shared article text only in the copies after the original (by URI order)', () => {
    const index = new WorkspaceIndex();
    const shared = prose('the shared agency story');
    detect([headline, shared, prose('the visit')], 'mem:b', index);
    const a = detect([teaserHeadline, shared, prose('the floods')], 'mem:a', index);
    const b = detect([headline, shared, prose('the visit')], 'mem:b', index);
    assert.deepEqual(boilerplateLines(a), []);
    assert.deepEqual(boilerplateLines(b), [1]);
    assert.deepEqual(twinsOf(b, 1, { 'mem:a': a.doc }), [['mem:a', 1]]);
  });

  it('keeps the original when the earlier copy is a teaser in another page', () => {
    const index = new WorkspaceIndex();
    const lead = prose('the floods in the south');
    detect([headline, prose('the visit'), prose('the budget'), 'Related articles', teaserHeadline, lead], 'mem:a', index);
    const article = detect([teaserHeadline, lead, prose('the relief')], 'mem:b', index);
    const page2 = detect([headline, prose('the visit'), prose('the budget'), 'Related articles', teaserHeadline, lead], 'mem:a', index);
    assert.deepEqual(boilerplateLines(article), [], 'the article itself is content, headline and lead');
    assert.deepEqual(boilerplateLines(page2), [3, 4, 5]);
    assert.deepEqual(twinsOf(page2, 5, { 'mem:b': article.doc }), [['mem:b', 1]]);
    assert.deepEqual(twinsOf(page2, 4, { 'mem:b': article.doc }), [['mem:b', 0]]);
  });

  it('marks a short template line found in two other documents in every copy', () => {
    const index = new WorkspaceIndex();
    const template = 'The views expressed are the author’s own';
    for (const uri of ['mem:a', 'mem:b']) detect([headline, template, prose(uri)], uri, index);
    const c = detect([headline, template, prose('the visit')], 'mem:c', index);
    const a = detect([headline, template, prose('mem:a')], 'mem:a', index);
    assert.deepEqual([boilerplateLines(a), boilerplateLines(c)], [[1], [1]]);
    assert.match(onLine(c, 1)!.reason!, /2 other documents/);
  });

  it('never marks a headline for appearing elsewhere', () => {
    const index = new WorkspaceIndex();
    detect([teaserHeadline, prose('the floods')], 'mem:a', index);
    const b = detect([teaserHeadline, prose('the relief')], 'mem:b', index);
    assert.deepEqual(boilerplateLines(b), []);
  });
});
