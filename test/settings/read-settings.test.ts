import { strict as assert } from 'node:assert';
import { DEFAULT_SETTINGS, fromSection, readSettings, type SettingKey } from '../../server/src/protocol/settings';

/** Reading `workspace/configuration` answers: nested or flat keys; anything ill-typed falls back to its default. */
describe('readSettings', () => {
  const cases: { name: string; section: unknown; key: SettingKey; expected: unknown }[] = [
    { name: 'nested key', section: { inlayHints: { enabled: false } }, key: 'inlayHints.enabled', expected: false },
    { name: 'flat key', section: { 'inlayHints.enabled': false }, key: 'inlayHints.enabled', expected: false },
    { name: 'per-label boolean', section: { labels: { PERSON: false } }, key: 'labels.PERSON', expected: false },
    { name: 'colour string', section: { colors: { DATE: '#ff000040' } }, key: 'colors.DATE', expected: '#ff000040' },
    { name: 'array of globs', section: { files: { include: ['docs/**/*.txt'] } }, key: 'files.include', expected: ['docs/**/*.txt'] },
    { name: 'wrong type falls back', section: { inlayHints: { enabled: 'no' } }, key: 'inlayHints.enabled', expected: true },
    { name: 'array with a non-string falls back', section: { files: { include: ['*.txt', 3] } }, key: 'files.include', expected: ['**/*.txt'] },
    { name: 'value outside the enum falls back', section: { trace: { server: 'loud' } }, key: 'trace.server', expected: 'off' },
    { name: 'null section gives defaults', section: null, key: 'colors.PERSON', expected: DEFAULT_SETTINGS['colors.PERSON'] },
  ];
  for (const c of cases) {
    it(c.name, () => assert.deepEqual(readSettings(fromSection(c.section))[c.key], c.expected));
  }

  it('defaults: .txt files and plaintext, every label shown with a translucent colour', () => {
    assert.deepEqual(DEFAULT_SETTINGS['files.include'], ['**/*.txt']);
    assert.deepEqual(DEFAULT_SETTINGS['files.languages'], ['plaintext']);
    for (const [k, v] of Object.entries(DEFAULT_SETTINGS)) {
      if (k.startsWith('labels.')) assert.equal(v, true, k);
      if (k.startsWith('colors.')) assert.match(String(v), /^rgba\(\d+, \d+, \d+, 0\.[1-3]\d?\)$/, k);
    }
  });
});
