#!/usr/bin/env python3
"""Add mentions glued to a preceding word (e.g. a photo credit "CreditChang W. Lee") to a .ann made by
notes-to-brat.py, whose whole-word matching cannot span them. Reads only the text, the notes and the .ann.

Notes lines read here (notes-to-brat.py reads them as comments):
  #+ LABEL TEXT = CANON        (CANON: the ISO value for DATE/TIME) every occurrence of TEXT that no entity/date span of that .ann covers yet
Then renumbers the T lines by offset and rewrites the N/A/R lines to the new numbers.
Usage: add-glued-w.py NAME.txt notes/NAME.notes NAME.ann
"""
import re, sys

txt, notes, ann = sys.argv[1:4]
text = open(txt, encoding='utf-8').read()
T, other = [], []
for l in open(ann, encoding='utf-8').read().splitlines():
    p = l.split('\t')
    if l.startswith('T'):
        lab, a, b = p[1].split()
        T.append([p[0], lab, int(a), int(b), p[2], None])
    else:
        other.append(l)
taken = set()
for t in T:
    if t[1] not in ('QUOTE', 'BOILERPLATE'):
        taken.update(range(t[2], t[3]))
added = 0
for raw in open(notes, encoding='utf-8').read().splitlines():
    if not raw.startswith('#+ '):
        continue
    label, rest = raw[3:].split(' ', 1)
    s, canon = [x.strip() for x in rest.split(' = ')]
    hits = [m.start() for m in re.finditer(re.escape(s), text)]
    hits = [a for a in hits if not taken & set(range(a, a + len(s)))]
    if not hits:
        sys.exit(f'no free occurrence of {s!r}')
    for a in hits:
        T.append(['new', label, a, a + len(s), s, canon])
        taken.update(range(a, a + len(s)))
        added += 1
T.sort(key=lambda t: (t[2], -t[3]))
ren = {}
out = []
for i, t in enumerate(T, 1):
    if t[0] != 'new':
        ren[t[0]] = f'T{i}'
    t.append(f'T{i}')
    out.append(f'T{i}\t{t[1]} {t[2]} {t[3]}\t{t[4]}')
sub = lambda m: ren[m.group(0)]
ns = [l for l in other if l.startswith('N')]
rest = [l for l in other if not l.startswith('N')]
nlines = [re.sub(r'\bT\d+\b', sub, l) for l in ns]
for t in T:
    if t[0] == 'new':
        kind = 'timex' if t[1] in ('DATE', 'TIME') else 'canon'
        nlines.append(f'N0\tReference {t[6]} {kind}:{t[5]}\t{t[4]}')
nlines.sort(key=lambda l: int(re.search(r'Reference T(\d+)', l).group(1)))
nlines = [re.sub(r'^N\d+', f'N{i}', l) for i, l in enumerate(nlines, 1)]
rest = [re.sub(r'\bT\d+\b', sub, l) for l in rest]
open(ann, 'w', encoding='utf-8').write('\n'.join(out + nlines + rest) + '\n')
print(f'{ann}: {added} glued mentions added, {len(T)} spans')
