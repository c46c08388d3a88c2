import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { generatedContributes } from '../../server/src/protocol/contributes';
import { DEFAULT_SETTINGS, SETTINGS } from '../../server/src/protocol/settings';

/** package.json declares exactly what the protocol tables define (one source of truth). */
describe('package.json contributions match the protocol tables', () => {
  const pkg = JSON.parse(fs.readFileSync(path.join(__dirname, '../../package.json'), 'utf8'));
  const expected = generatedContributes();
  const hint = 'regenerate with: npx tsx test/settings/write-contributes.ts';

  for (const key of Object.keys(expected) as (keyof typeof expected)[]) {
    it(`contributes.${key}`, () => assert.deepEqual(pkg.contributes?.[key], expected[key], hint));
  }

  it('declares every setting of the table, each under marginalia.', () => {
    const declared = Object.keys(pkg.contributes.configuration.properties);
    assert.deepEqual(declared, Object.keys(SETTINGS).map((k) => `marginalia.${k}`));
    assert.ok(declared.includes('marginalia.inlayHints.enabled') && declared.includes('marginalia.trace.server'));
  });

  it('activates on every language annotated by default', () => {
    for (const l of DEFAULT_SETTINGS['files.languages']) assert.ok(pkg.activationEvents.includes(`onLanguage:${l}`), l);
  });
});
