import { strict as assert } from 'node:assert';
import { inCapitals } from '../../server/src/core/text';

describe('text: a line in capitals', () => {
  it('is nine in ten of its letters capitals, accented and other scripts’ letters counted as letters', () => {
    for (const line of ['THE FI RST JOI NT S I T T I N G', 'MINISTERIAL PRESS RELEASE RAAF PR S4522/71', 'ÉCOLE NORMALE SUPÉRIEURE', 'I nDO~CHINESE REFUGEES AND OTHER WORKERS']) assert.ok(inCapitals(line), line);
    for (const line of ['Three members of the RAAF have been decorated', 'ÉCOLE normale', '中文中文中文 AB', '1 9 8 3', '', 'The US and the UK']) assert.ok(!inCapitals(line), line);
  });
});
