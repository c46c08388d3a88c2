#!/usr/bin/env python3
"""Add entity/date mentions that are glued to an OCR character (e.g. "Haydenz", the OCR's comma read as "z"), which
notes-to-brat.py's whole-word matching cannot span. Run after notes-to-brat.py:

  python3 notes/add-glued.py NAME.txt notes/NAME.notes NAME.ann

Reads the notes' lines of the form (comment lines to notes-to-brat.py)
  #+ LABEL TEXT [#n] = CANON-OR-VALUE
and, for each, spans TEXT where it is immediately followed by a letter or digit (the glued character stays outside
the span; the character before must not be a letter or digit): the n-th such occurrence (counting all), or the first
one not yet spanned. The .ann is rewritten with all T lines sorted by offset and renumbered (N, A and R lines
follow)."""
import re, sys

txt, notes, ann = sys.argv[1:4]
text = open(txt, encoding='utf-8').read()
spans = []  # [label, start, end, canon/value key, value]
norm, attrs, rels = {}, [], []
for line in open(ann, encoding='utf-8').read().split('\n'):
    if not line:
        continue
    if line[0] == 'T':
        tid, mid, _ = line.split('\t')
        lab, a, b = mid.split(' ')
        spans.append(dict(id=tid, label=lab, start=int(a), end=int(b)))
    elif line[0] == 'N':
        _, mid, _ = line.split('\t')
        _, t, v = mid.split(' ', 2)
        norm[t] = v
    elif line[0] == 'A':
        _, mid = line.split('\t')
        attrs.append(mid.split(' '))
    elif line[0] == 'R':
        _, mid = line.split('\t')
        _, a1, a2 = mid.split(' ')
        rels.append((a1[5:], a2[5:]))
layer = {'PERSON', 'ORG', 'PLACE', 'NORP', 'DATE', 'TIME'}
for raw in open(notes, encoding='utf-8').read().split('\n'):
    if not raw.startswith('#+ '):
        continue
    body = raw[3:]
    body, _, val = body.partition(' = ')
    label, _, s = body.partition(' ')
    nth = None
    m = re.search(r'\s#(\d+)$', s)
    if m:
        nth, s = int(m.group(1)), s[: m.start()]
    occ = [(m.start(), m.end()) for m in re.finditer(re.escape(s), text)
           if (m.start() == 0 or not text[m.start() - 1].isalnum()) and m.end() < len(text) and text[m.end()].isalnum()]
    if nth:
        occ = [occ[nth - 1]]
    free = [o for o in occ if not any(x['label'] in layer and x['start'] < o[1] and o[0] < x['end'] for x in spans)]
    if not free:
        sys.exit(f'no free glued occurrence of {s!r}')
    a, b = free[0]
    key = 'timex' if label in ('DATE', 'TIME') else 'canon'
    spans.append(dict(id=None, label=label, start=a, end=b))
    norm[id(spans[-1])] = f'{key}:{val.strip()}'
spans.sort(key=lambda d: (d['start'], -d['end']))
newid = {}
out = []
for i, sp in enumerate(spans, 1):
    t = f'T{i}'
    if sp['id']:
        newid[sp['id']] = t
    sp['new'] = t
    out.append(f"{t}\t{sp['label']} {sp['start']} {sp['end']}\t{text[sp['start']:sp['end']]}")
n = 0
for sp in spans:
    v = norm.get(sp['id']) if sp['id'] else norm.get(id(sp))
    if v:
        n += 1
        out.append(f"N{n}\tReference {sp['new']} {v}\t{text[sp['start']:sp['end']]}")
for i, (at, t) in enumerate(attrs, 1):
    out.append(f'A{i}\t{at} {newid[t]}')
for i, (a1, a2) in enumerate(rels, 1):
    out.append(f'R{i}\tSpeaker Arg1:{newid[a1]} Arg2:{newid[a2]}')
open(ann, 'w', encoding='utf-8').write('\n'.join(out) + '\n')
print(f'{ann}: {len(spans)} spans')
