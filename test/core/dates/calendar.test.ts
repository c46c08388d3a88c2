import { strict as assert } from 'node:assert';
import { formatDate, isoWeek, pinYear } from '../../../server/src/core/dates/calendar';

describe('dates: calendar', () => {
  const formats: [Parameters<typeof formatDate>[0], string][] = [
    [{ y: 2022, m: 9, d: 27 }, '2022-09-27'],
    [{ y: 2022, m: 9 }, '2022-09'],
    [{ y: 2001 }, '2001'],
    [{ m: 2, d: 6 }, 'XXXX-02-06'],
    [{ m: 7 }, 'XXXX-07'],
    [{}, 'XXXX'],
  ];
  for (const [v, out] of formats) it(`formats ${JSON.stringify(v)} as ${out}`, () => assert.equal(formatDate(v), out));

  it('pins the year in which a day+month falls on a weekday, nearest first, earlier on ties', () => {
    assert.equal(pinYear(2, 9, 27, 2023), 2022); // 27 September was a Tuesday in 2022 and 2016, next in 2033
    assert.equal(pinYear(2, 9, 27, 2030), 2033);
    assert.equal(pinYear(2, 9, 27, 2030, 2030), 2022);
    assert.equal(pinYear(4, 2, 29, 2023), 2024); // 29 February 2024 was a Thursday
  });

  it('numbers ISO weeks across year ends', () => {
    assert.deepEqual(isoWeek({ y: 2023, m: 11, d: 22 }), { year: 2023, week: 47 });
    assert.deepEqual(isoWeek({ y: 2021, m: 1, d: 1 }), { year: 2020, week: 53 });
  });
});
