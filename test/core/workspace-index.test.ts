import { strict as assert } from 'node:assert';
import { Doc } from '../../server/src/core/document';
import type { Span } from '../../server/src/core/types';
import { WorkspaceIndex } from '../../server/src/core/workspace-index';
import { paragraphKey } from '../../server/src/core/text';

const para = 'The council met on Monday to discuss the new budget.';

function person(doc: Doc, text: string, canonical: string, label: Span['label'] = 'PERSON'): Span {
  const start = doc.text.indexOf(text);
  return { start, end: start + text.length, label, text, canonical };
}

describe('WorkspaceIndex', () => {
  it('gathers mentions of one entity across documents, with aliases and per-document lists', () => {
    const ix = new WorkspaceIndex();
    const a = new Doc('mem:a', 'Kassym-Jomart Tokayev spoke. Tokayev left.');
    const b = new Doc('mem:b', 'Tokayev arrived.');
    ix.update(a, [person(a, 'Kassym-Jomart Tokayev', 'Kassym-Jomart Tokayev'), { ...person(a, 'Tokayev left', 'Kassym-Jomart Tokayev'), end: a.text.indexOf('Tokayev left') + 7, text: 'Tokayev' }]);
    ix.update(b, [person(b, 'Tokayev', 'Kassym-Jomart Tokayev')]);
    const e = ix.entity('Kassym-Jomart Tokayev')!;
    assert.equal(e.label, 'PERSON');
    assert.deepEqual([...e.aliases].sort(), [['Kassym-Jomart Tokayev', 1], ['Tokayev', 2]]);
    assert.deepEqual([...e.mentions.keys()].sort(), ['mem:a', 'mem:b']);
    assert.deepEqual(ix.searchEntities('tokay').map((r) => r.canonical), ['Kassym-Jomart Tokayev']);
  });

  it('replaces a document contribution on update and forgets it on remove', () => {
    const ix = new WorkspaceIndex();
    const a = new Doc('mem:a', 'Astana hosted.');
    ix.update(a, [person(a, 'Astana', 'Astana', 'PLACE')]);
    const g = ix.generation;
    const a2 = new Doc('mem:a', 'Astana Times wrote.');
    ix.update(a2, [person(a2, 'Astana Times', 'The Astana Times', 'ORG')]);
    assert.ok(ix.generation > g);
    assert.equal(ix.entity('Astana'), undefined);
    assert.equal(ix.entity('The Astana Times')?.label, 'ORG');
    ix.remove('mem:a');
    assert.equal(ix.entity('The Astana Times'), undefined);
    assert.equal(ix.size, 0);
  });

  it('counts label votes for a surface form, leaving one document out on request', () => {
    const ix = new WorkspaceIndex();
    const a = new Doc('mem:a', 'Jordan spoke.');
    const b = new Doc('mem:b', 'Jordan is a country.');
    ix.update(a, [person(a, 'Jordan', 'Jordan', 'PERSON')]);
    ix.update(b, [person(b, 'Jordan', 'Jordan', 'PLACE')]);
    assert.deepEqual([...ix.surfaceLabels('Jordan')].sort(), [['PERSON', 1], ['PLACE', 1]]);
    assert.deepEqual([...ix.surfaceLabels('Jordan', 'mem:b')], [['PERSON', 1]]);
  });

  it('finds a paragraph repeated across documents, whatever its spacing and case', () => {
    const ix = new WorkspaceIndex();
    ix.update(new Doc('mem:a', `Intro\n${para}\n`), []);
    ix.update(new Doc('mem:b', `${para.toUpperCase().replace(/ /g, '  ')}\n`), []);
    const refs = ix.occurrences(paragraphKey(para)!);
    assert.deepEqual(refs.map((r) => r.uri), ['mem:a', 'mem:b']);
    ix.remove('mem:b');
    assert.equal(ix.occurrences(paragraphKey(para)!).length, 1);
  });
});
