#!/usr/bin/env python3
"""Typing aid for c07 only (reads only the c07 .txt of /work/annot/cygnus): prints the DATE notes lines of the blog's
archive widget (a year line followed by its month lines) for a line range, with the whole-word occurrence number
#n as notes-to-brat.py counts it and the value YYYY / YYYY-MM.
Usage: python3 notes/arch-dates-c07.py c07-....txt FIRST LAST"""
import re, sys
path = sys.argv[1]
assert re.match(r'(.*/)?c07-', path), 'only c07'
a, b = int(sys.argv[2]), int(sys.argv[3])
text = open(path, encoding='utf-8').read()
lines = text.split('\n')
M = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November',
     'December']
starts = []
pos = 0
for l in lines:
    starts.append(pos); pos += len(l) + 1
def occ(s, at):
    n = 0
    for m in re.finditer(re.escape(s), text):
        x, y = m.start(), m.end()
        if x > 0 and text[x-1].isalnum(): continue
        if y < len(text) and text[y].isalnum(): continue
        n += 1
        if x == at: return n
    raise SystemExit('not found')
year = None
for i in range(a, b + 1):
    s = lines[i-1]
    if re.fullmatch(r'\d{4}', s):
        year = s; v = s
    elif s in M:
        assert year, i
        v = f'{year}-{M.index(s)+1:02d}'
    else:
        raise SystemExit(f'line {i} not a year or month: {s!r}')
    print(f'DATE {s} #{occ(s, starts[i-1])} = {v}')
