/**
 * Rewrites the generated parts of `package.json`'s `contributes` from the protocol
 * tables (`npx tsx test/settings/write-contributes.ts`); other keys are left as they are.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { generatedContributes } from '../../server/src/protocol/contributes';

const file = path.join(__dirname, '../../package.json');
const pkg = JSON.parse(fs.readFileSync(file, 'utf8'));
pkg.contributes = { ...pkg.contributes, ...generatedContributes() };
fs.writeFileSync(file, JSON.stringify(pkg, null, 2) + '\n');
console.log(`wrote contributes (${Object.keys(generatedContributes()).join(', ')}) to ${file}`);
