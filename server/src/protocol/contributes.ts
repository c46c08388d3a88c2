/**
 * The parts of `package.json`'s `contributes` that derive from the protocol tables:
 * settings, commands, semantic token types with their default scopes, and the
 * editor defaults for the annotated languages. A test checks
 * `package.json` equals this; `npx tsx test/settings/write-contributes.ts` rewrites it.
 */
import { LABELS } from '../core/types';
import { ANNOTATING_CONTEXT, CATEGORY, COMMANDS } from './commands';
import { LABEL_INFO } from './labels';
import { DEFAULT_SETTINGS, SECTION, SETTINGS, schemaOf, type SettingSpec } from './settings';

export function generatedContributes() {
  return {
    configuration: {
      title: 'Marginalia',
      properties: Object.fromEntries(Object.entries(SETTINGS).map(([k, spec]) => [`${SECTION}.${k}`, schemaOf(spec as SettingSpec)])),
    },
    commands: Object.entries(COMMANDS).map(([command, c]) => ({ command, title: c.title, category: CATEGORY })),
    keybindings: Object.entries(COMMANDS).flatMap(([command, c]) => (c.key ? [{ command, key: c.key, when: `editorTextFocus && ${ANNOTATING_CONTEXT}` }] : [])),
    semanticTokenTypes: LABELS.map((l) => ({ id: LABEL_INFO[l].token, description: `${l}: ${LABEL_INFO[l].description}` })),
    semanticTokenScopes: [{ scopes: Object.fromEntries(LABELS.map((l) => [LABEL_INFO[l].token, LABEL_INFO[l].scopes])) }],
    // Semantic highlighting is what colours the spans: switch it on for the languages annotated by default.
    configurationDefaults: Object.fromEntries(DEFAULT_SETTINGS['files.languages'].map((l) => [`[${l}]`, { 'editor.semanticHighlighting.enabled': true }])),
  };
}
