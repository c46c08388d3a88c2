/** Entry point VS Code loads for the extension tests: runs every `*.e2e.js` beside it with mocha. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', timeout: 60000, color: true });
  for (const f of fs.readdirSync(__dirname).filter((n) => n.endsWith('.e2e.js'))) mocha.addFile(path.join(__dirname, f));
  return new Promise((resolve, reject) => mocha.run((failures) => (failures ? reject(new Error(`${failures} extension tests failed`)) : resolve())));
}
