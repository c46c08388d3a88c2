import { strict as assert } from 'node:assert';
import { foldName, jaroWinkler, samePerson } from '../../../server/src/core/entities/similarity';

describe('entities: name similarity', () => {
  const same: [string, string][] = [
    ['Kasim Khomart Tokayev', 'Kassym-Jomart Tokayev'],
    ['Sadyr Zhaparov', 'Sadyr Japarov'],
    ['Gurbanguly Berdimuhamedov', 'Gurbanguly Berdimuhamedow'],
    ['Kubanychbek Omuraliyev', 'Kubanychbek Omuraliev'],
    ['Recep Tayyip Erdogan', 'Recep Tayyip Erdoğan'],
    ['Nursultan Nazarbayev', 'Nursultan Nazarbaev'],
    ['Jérôme Bonnafont', 'Jerome Bonnafont'],
    ['Kim Jong Un', 'Kim Jong-un'],
  ];
  for (const [a, b] of same) it(`takes “${a}” and “${b}” for one person`, () => assert.equal(samePerson(a, b), true));

  const different: [string, string][] = [
    ['Kairat Omarov', 'Askar Omarov'],
    ['Serdar Berdimuhamedov', 'Gurbanguly Berdimuhamedov'],
    ['Ilham Aliyev', 'Heydar Aliyev'],
    ['Vladimir Putin', 'Vladimir Potanin'],
    ['Tokayev', 'Kassym-Jomart Tokayev'],
  ];
  for (const [a, b] of different) it(`keeps “${a}” and “${b}” apart`, () => assert.equal(samePerson(a, b), false));

  it('folds transliteration variants', () => {
    assert.equal(foldName('Zhaparov'), foldName('Japarov'));
    assert.equal(foldName('Berdimuhamedow'), foldName('Berdimuhamedov'));
    assert.equal(foldName('Kassym'), foldName('Kasim'));
    assert.notEqual(foldName('Omarov'), foldName('Umarov'));
  });

  it('scores Jaro-Winkler as in the literature', () => {
    assert.equal(jaroWinkler('abc', 'abc'), 1);
    assert.equal(jaroWinkler('abc', 'xyz'), 0);
    assert.ok(Math.abs(jaroWinkler('martha', 'marhta') - 0.961) < 0.001);
    assert.ok(Math.abs(jaroWinkler('dixon', 'dicksonx') - 0.813) < 0.001);
  });
});
