import { strict as assert } from 'node:assert';
import { Doc } from '../../../server/src/core/document';
import { WorkspaceIndex } from '../../../server/src/core/workspace-index';
import { WorkspaceNames, best } from '../../../server/src/core/entities/workspace-names';
import type { Span } from '../../../server/src/core/types';

const person = (text: string, canonical: string): Span => ({ start: 0, end: text.length, label: 'PERSON', text, canonical });
const org = (text: string, canonical: string): Span => ({ start: 0, end: text.length, label: 'ORG', text, canonical });

describe('entities: workspace names', () => {
  it('indexes other documents and leaves the analysed one out', () => {
    const ws = new WorkspaceIndex();
    ws.update(new Doc('a', 'x'), [person('Kassym-Jomart Tokayev', 'Kassym-Jomart Tokayev'), org('UN General Assembly', 'United Nations General Assembly')]);
    ws.update(new Doc('b', 'x'), [person('Tokayev', 'Kassym-Jomart Tokayev')]);
    const names = new WorkspaceNames();
    names.sync(ws, 'b');
    assert.equal(best(names.personsByPart('Tokayev')), 'Kassym-Jomart Tokayev');
    assert.equal(best(names.personsBySurname('Kasim Khomart Tokayev')), 'Kassym-Jomart Tokayev');
    assert.equal(best(names.orgsEndingWith('General Assembly')), 'United Nations General Assembly');
    assert.equal(names.canonicalsOf('Tokayev'), undefined, 'document b is the one analysed');
    names.sync(ws, 'a');
    assert.equal(best(names.canonicalsOf('Tokayev')), 'Kassym-Jomart Tokayev');
    assert.equal(names.personsByPart('Jomart'), undefined, 'document a is the one analysed');
  });

  it('forgets a removed document and follows a changed one', () => {
    const ws = new WorkspaceIndex();
    ws.update(new Doc('a', 'x'), [org('OTS', 'Organization of Turkic States')]);
    const names = new WorkspaceNames();
    names.sync(ws, 'z');
    assert.equal(best(names.canonicalsOf('OTS')), 'Organization of Turkic States');
    ws.update(new Doc('a', 'x'), [org('OTS', 'OTS')]);
    names.sync(ws, 'z');
    assert.equal(best(names.canonicalsOf('OTS')), 'OTS');
    ws.remove('a');
    names.sync(ws, 'z');
    assert.equal(names.canonicalsOf('OTS'), undefined);
  });
});
