import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';

/** The analysis core knows no transport and no file system (design: layering). */
describe('core layering', () => {
  const root = path.join(__dirname, '../../server/src/core');
  const files: string[] = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (p.endsWith('.ts')) files.push(p);
    }
  };
  walk(root);

  it('finds the core sources', () => assert.ok(files.length >= 8));

  it('imports neither vscode, vscode-languageserver nor the file system', () => {
    const bad = /from\s+['"](vscode|vscode-language\w*|node:fs|fs|fs\/promises|node:fs\/promises)(\/[^'"]*)?['"]|require\(\s*['"](vscode|fs|node:fs)/;
    const offenders = files.filter((f) => bad.test(fs.readFileSync(f, 'utf8'))).map((f) => path.relative(root, f));
    assert.deepEqual(offenders, []);
  });
});
