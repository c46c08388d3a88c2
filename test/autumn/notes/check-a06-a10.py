#!/usr/bin/env python3
"""Reading aid for a06-a10: reads only NAME.txt and NAME.ann (never any detector output).
Usage: check-a06-a10.py NAME [spans|words|quotes|lines|all]
Prints every span with context, checks T text == text at offsets, no line break, no duplicate span, no overlap
within entities/dates, every entity/date normalised, every BOILERPLATE a whole line; lists capitalised words and
numbers no entity/date span covers; quote marks outside QUOTE spans; each line with its boilerplate mark."""
import re, sys
name = sys.argv[1]
what = sys.argv[2] if len(sys.argv) > 2 else 'all'
text = open(name + '.txt', encoding='utf-8').read()
T, N, A, R = {}, {}, {}, {}
for l in open(name + '.ann', encoding='utf-8').read().splitlines():
    p = l.split('\t')
    if l.startswith('T'):
        lab, a, b = p[1].split(); a, b = int(a), int(b)
        T[p[0]] = (lab, a, b, p[2])
        assert text[a:b] == p[2], ('mismatch', l)
        assert '\n' not in p[2], ('newline', l)
    elif l.startswith('N'):
        _, t, v = p[1].split(' ', 2); N[t] = v
    elif l.startswith('A'):
        k, t = p[1].split(); A.setdefault(t, []).append(k)
    elif l.startswith('R'):
        _, a1, a2 = p[1].split(); R[a1.split(':')[1]] = a2.split(':')[1]
seen = set()
for t, (lab, a, b, s) in T.items():
    assert (lab, a, b) not in seen, ('dup', t); seen.add((lab, a, b))
    if lab not in ('QUOTE', 'BOILERPLATE'):
        assert t in N, ('no norm', t, s)
    if lab == 'BOILERPLATE':
        assert (a == 0 or text[a-1] == '\n') and (b == len(text) or text[b] == '\n'), ('bp not line', t)
ed = [(a, b, t) for t, (lab, a, b, s) in T.items() if lab not in ('QUOTE', 'BOILERPLATE')]
ed.sort()
for i in range(len(ed) - 1):
    assert ed[i][1] <= ed[i+1][0], ('overlap', ed[i], ed[i+1])
counts = {}
for t, (lab, a, b, s) in T.items():
    k = 'ent' if lab in ('PERSON', 'ORG', 'PLACE', 'NORP') else 'date' if lab in ('DATE', 'TIME') else lab
    counts[k] = counts.get(k, 0) + 1
print('counts', counts, 'total', len(T))
if what in ('spans', 'all'):
    for t, (lab, a, b, s) in sorted(T.items(), key=lambda x: x[1][1]):
        if lab == 'BOILERPLATE':
            continue
        ctx = text[max(0, a-30):a].replace('\n', '|') + '[' + s + ']' + text[b:b+30].replace('\n', '|')
        extra = N.get(t, '')
        if t in A: extra += ' ' + ','.join(A[t])
        if t in R: extra += ' speaker=' + T[R[t]][3] + '@' + str(T[R[t]][1])
        print(f'{t:5} {lab:7} {extra:45} {ctx}')
cov = set()
for t, (lab, a, b, s) in T.items():
    if lab not in ('QUOTE', 'BOILERPLATE'):
        cov.update(range(a, b))
if what in ('words', 'all'):
    out = []
    for m in re.finditer(r"[A-Z0-9][\w’'&.-]*", text):
        if not cov & set(range(m.start(), m.end())):
            out.append(m.group())
    print('UNCOVERED:', ' '.join(out))
qcov = set()
for t, (lab, a, b, s) in T.items():
    if lab == 'QUOTE':
        qcov.update(range(a, b))
if what in ('quotes', 'all'):
    for m in re.finditer(r'["“”‘’\'«»]', text):
        if m.start() not in qcov:
            print('MARK outside quote:', repr(text[max(0, m.start()-25):m.start()+25]))
if what in ('lines', 'all'):
    bp = {a: t for t, (lab, a, b, s) in T.items() if lab == 'BOILERPLATE'}
    pos = 0
    for i, l in enumerate(text.split('\n'), 1):
        mark = ('BP' + ('-DUP' if 'Duplicate' in A.get(bp[pos], []) else '')) if pos in bp else '  '
        if l.strip():
            print(f'{i:4} {mark:6} {l[:110]}')
        pos += len(l) + 1
