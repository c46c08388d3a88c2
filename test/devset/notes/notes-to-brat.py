#!/usr/bin/env python3
"""Turn hand-written annotation notes into brat standoff (offsets computed, decisions by hand).

Notes, one per line ('#' starts a comment line):
  ALIAS Obama => Barack Obama        canonical name for every mention whose text is 'Obama'
  PERSON Barack Obama                first whole-word occurrence not yet annotated
  PERSON Obama *                     every whole-word occurrence not yet annotated
  PERSON Obama #3                    the 3rd whole-word occurrence (counting all)
  ... = CANON                        canonical name (entities) / value (DATE, TIME)
  QUOTE start fragment ... end fragment [#n] [> Speaker] [!unmarked]
  BOILERPLATE line text [*]          whole line(s) equal to the text (stripped)
  BOILERPLATE^ line prefix [*]       whole line(s) starting with the prefix
  DUP ...                            like BOILERPLATE, and Duplicate attribute
"""
import re, sys

ENT = {'PERSON', 'ORG', 'PLACE', 'NORP'}


def main(txt_path, notes_path, out_path):
    text = open(txt_path, encoding='utf-8').read()
    spans = []  # dicts: label,start,end,canon,value,speaker,unmarked,dup
    aliases = {}
    taken = [False] * (len(text) + 1)

    def free(a, b):
        return not any(taken[a:b])

    def mark(a, b):
        for i in range(a, b):
            taken[i] = True

    def word_occ(s):
        out = []
        for m in re.finditer(re.escape(s), text):
            a, b = m.start(), m.end()
            if a > 0 and (text[a - 1].isalnum()) and s[0].isalnum():
                continue
            if b < len(text) and text[b].isalnum() and s[-1].isalnum():
                continue
            out.append((a, b))
        return out

    lines = []
    pos = 0
    for l in text.split('\n'):
        lines.append((pos, pos + len(l), l))
        pos += len(l) + 1

    for raw in open(notes_path, encoding='utf-8').read().split('\n'):
        if not raw.strip() or raw.lstrip().startswith('#'):
            continue
        label, _, rest = raw.partition(' ')
        if label == 'ALIAS':
            a, b = rest.split(' => ')
            aliases[a.strip()] = b.strip()
            continue
        flags = {}
        m = re.search(r'\s!unmarked\s*$', rest)
        if m:
            flags['unmarked'] = True
            rest = rest[: m.start()]
        m = re.search(r'\s>\s(.+)$', rest)
        if m:
            flags['speaker'] = m.group(1).strip()
            rest = rest[: m.start()]
        m = re.search(r'\s=\s(.+)$', rest)
        if m:
            flags['norm'] = m.group(1).strip()
            rest = rest[: m.start()]
        every = False
        nth = None
        m = re.search(r'\s\*$', rest)
        if m:
            every = True
            rest = rest[: m.start()]
        m = re.search(r'\s#(\d+)$', rest)
        if m:
            nth = int(m.group(1))
            rest = rest[: m.start()]
        s = rest
        if label in ('BOILERPLATE', 'BOILERPLATE^', 'DUP', 'DUP^'):
            prefix = label.endswith('^')
            dup = label.startswith('DUP')
            hits = [(a, b) for a, b, l in lines if (l.strip().startswith(s) if prefix else l.strip() == s)]
            if nth:
                hits = [hits[nth - 1]]
            elif not every:
                hits = [h for h in hits if free(*h)][:1]
            if not hits:
                sys.exit(f'{notes_path}: no line {s!r}')
            for a, b in hits:
                spans.append(dict(label='BOILERPLATE', start=a, end=b, dup=dup))
            continue
        if label == 'QUOTE':
            if ' ... ' in s:
                first, last = s.split(' ... ')
            else:
                first, last = s, None
            occ = [m.start() for m in re.finditer(re.escape(first), text)]
            if nth:
                occ = [occ[nth - 1]]
            if not occ:
                sys.exit(f'{notes_path}: no quote start {first!r}')
            a = occ[0]
            if last is None:
                b = a + len(first)
            else:
                e = text.find(last, a + len(first) - len(last) if len(first) >= len(last) else a)
                if e < 0:
                    sys.exit(f'{notes_path}: no quote end {last!r}')
                b = e + len(last)
            spans.append(dict(label='QUOTE', start=a, end=b, speaker=flags.get('speaker'), unmarked=flags.get('unmarked', False)))
            continue
        occ = word_occ(s)
        if nth:
            if nth > len(occ):
                sys.exit(f'{notes_path}: no occurrence {nth} of {s!r}')
            occ = [occ[nth - 1]]
        occ = [o for o in occ if free(*o)]
        if not every:
            occ = occ[:1]
        if not occ:
            sys.exit(f'{notes_path}: no free occurrence of {s!r}')
        for a, b in occ:
            mark(a, b)
            sp = dict(label=label, start=a, end=b)
            if label in ENT:
                sp['canon'] = flags.get('norm') or aliases.get(s, s)
            elif 'norm' in flags:
                sp['value'] = flags['norm']
            spans.append(sp)

    # overlaps within a layer
    for x in spans:
        for y in spans:
            if x is not y and x['label'] in ENT | {'DATE', 'TIME'} and y['label'] in ENT | {'DATE', 'TIME'}:
                if x['start'] < y['end'] and y['start'] < x['end']:
                    sys.exit(f'{notes_path}: overlap {text[x["start"]:x["end"]]!r} / {text[y["start"]:y["end"]]!r}')
    spans.sort(key=lambda d: (d['start'], -d['end']))
    out = []
    n = a_ = r = 0
    ids = {}
    for i, sp in enumerate(spans, 1):
        ids[id(sp)] = f'T{i}'
        out.append(f"T{i}\t{sp['label']} {sp['start']} {sp['end']}\t{text[sp['start']:sp['end']]}")
    for sp in spans:
        t = ids[id(sp)]
        for key, prefix in (('canon', 'canon'), ('value', 'timex')):
            if sp.get(key):
                n += 1
                out.append(f"N{n}\tReference {t} {prefix}:{sp[key]}\t{text[sp['start']:sp['end']]}")
        for key, attr in (('unmarked', 'Unmarked'), ('dup', 'Duplicate')):
            if sp.get(key):
                a_ += 1
                out.append(f'A{a_}\t{attr} {t}')
        if sp.get('speaker'):
            who = sp['speaker']
            cands = [c for c in spans if c['label'] in ('PERSON', 'ORG') and (c.get('canon') == who or text[c['start']:c['end']] == who)]
            if not cands:
                sys.exit(f'{notes_path}: no speaker mention {who!r}')
            mid = sp['start']
            best = min(cands, key=lambda c: min(abs(c['start'] - sp['start']), abs(c['start'] - sp['end'])) + (0 if not (sp['start'] <= c['start'] < sp['end']) else 10**9))
            r += 1
            out.append(f"R{r}\tSpeaker Arg1:{t} Arg2:{ids[id(best)]}")
    for sp in spans:
        if sp['label'] in ('DATE', 'TIME') and not sp.get('value'):
            sys.exit(f'{notes_path}: no value for {text[sp["start"]:sp["end"]]!r}')
    open(out_path, 'w', encoding='utf-8').write('\n'.join(out) + '\n')
    print(f'{out_path}: {len(spans)} spans')


main(*sys.argv[1:])
