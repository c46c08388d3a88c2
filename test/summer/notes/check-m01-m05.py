#!/usr/bin/env python3
"""Reading aid for m01-m05: reads only NAME.txt and NAME.ann (in /work/annot/summer; adapted from test/autumn/notes/check-a01-a05.py).
Prints every span with context, checks T text = text at offsets, no line break, no duplicates, no
entity/date overlap, every entity/date normalised, BOILERPLATE spans whole lines; lists capitalised words /
numbers not covered by an entity/date span, quote marks outside QUOTE spans, the quote speakers, and the
line-by-line boilerplate marks. Usage: check-m01-m05.py NAME [--lines]"""
import re, sys
name = sys.argv[1]
if not re.match(r'm0[1-5]-', name): sys.exit('only m01-m05')
base = '/work/annot/summer/' + name
text = open(base + '.txt', encoding='utf-8').read()
T, N, A, R = {}, {}, {}, {}
for l in open(base + '.ann', encoding='utf-8').read().splitlines():
    p = l.split('\t')
    if l.startswith('T'):
        lab, a, b = p[1].split(); T[p[0]] = (lab, int(a), int(b), p[2])
    elif l.startswith('N'):
        _, t, v = p[1].split(' ', 2); N[t] = v
    elif l.startswith('A'):
        k, t = p[1].split(); A.setdefault(t, []).append(k)
    elif l.startswith('R'):
        _, a1, a2 = p[1].split(); R[a1.split(':')[1]] = a2.split(':')[1]
errs = []
seen = set()
for t, (lab, a, b, s) in T.items():
    if text[a:b] != s: errs.append(f'{t} text mismatch')
    if '\n' in s: errs.append(f'{t} line break')
    if (lab, a, b) in seen: errs.append(f'{t} duplicate')
    seen.add((lab, a, b))
    if lab not in ('QUOTE', 'BOILERPLATE') and t not in N: errs.append(f'{t} no norm')
    if lab == 'BOILERPLATE' and not ((a == 0 or text[a-1] == '\n') and (b == len(text) or text[b] == '\n')): errs.append(f'{t} not whole line')
ents = [(a, b) for lab, a, b, s in T.values() if lab not in ('QUOTE', 'BOILERPLATE')]
for i, x in enumerate(ents):
    for y in ents[i+1:]:
        if x[0] < y[1] and y[0] < x[1]: errs.append(f'overlap {x} {y}')
print('ERRORS:', errs or 'none')
cnt = {}
for lab, a, b, s in T.values(): cnt[lab] = cnt.get(lab, 0) + 1
print(cnt)
for t, (lab, a, b, s) in sorted(T.items(), key=lambda kv: kv[1][1]):
    if lab == 'BOILERPLATE': continue
    ctx = text[max(0, a-30):a].replace('\n', '/') + '[' + s + ']' + text[b:b+30].replace('\n', '/')
    extra = N.get(t, '')
    if lab == 'QUOTE':
        sp = R.get(t); extra = 'speaker=' + (T[sp][3] + f' @{T[sp][1]}' if sp else '-') + ' ' + ','.join(A.get(t, []))
    print(f'{t:5} {lab:7} {ctx!s:100.300} || {extra}')
cov = [False] * len(text)
for lab, a, b, s in T.values():
    if lab not in ('QUOTE', 'BOILERPLATE'):
        for i in range(a, b): cov[i] = True
print('--- uncovered capitalised words / numbers')
unc = {}
for m in re.finditer(r"[A-Z0-9][\w'’.&-]*", text):
    if not any(cov[m.start():m.end()]):
        unc[m.group()] = unc.get(m.group(), 0) + 1
print(' '.join(f'{k}({v})' if v > 1 else k for k, v in unc.items()))
qcov = [False] * len(text)
for lab, a, b, s in T.values():
    if lab == 'QUOTE':
        for i in range(a, b): qcov[i] = True
print('--- quote marks outside QUOTE spans')
for m in re.finditer('["“”«»‘’]', text):
    if not qcov[m.start()]:
        print(repr(text[max(0, m.start()-25):m.start()+25]))
if '--lines' in sys.argv:
    bp = set()
    for lab, a, b, s in T.values():
        if lab == 'BOILERPLATE': bp.add(a)
    pos = 0
    for i, l in enumerate(text.split('\n'), 1):
        if l.strip():
            dup = ''
            for t, (lab, a, b, s) in T.items():
                if lab == 'BOILERPLATE' and a == pos and 'Duplicate' in A.get(t, []): dup = ' DUP'
            print(f"{i:4} {'B' if pos in bp else ' '}{dup} {l[:110]}")
        pos += len(l) + 1
