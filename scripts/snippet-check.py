#!/usr/bin/env python3
"""Boilerplate check against trafilatura's evaluation snippets (a study set, no gold of ours).

Usage: python3 scripts/snippet-check.py TRAFILATURA_DIR WORK_DIR [-v]

TRAFILATURA_DIR is a checkout of github.com/adbar/trafilatura: its tests/evaldata.json
lists, for each saved page of tests/eval/ and tests/cache/, snippets of the article
("with") and snippets of the page around it ("without"). The English pages (a share of
common English words) are converted to text with test/blind/notes/html-to-text.py into
WORK_DIR/txt, annotated as one workspace with `node dist/cli.js annotate` (build first)
into WORK_DIR/out, and each snippet is looked up in the text: a "without" snippet counts as
found when one of its occurrences overlaps a BOILERPLATE span, a "with" snippet as marked
when every occurrence does. Prints both shares; -v lists the snippets missed and marked.

Trafilatura's notion of boilerplate is close to the guidelines' but not the same (it
leaves out dates and bylines, for one), so these are figures for finding rules, not scores.
"""
import json, os, re, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
ENGLISH = set('the of and to in is that for it with as was on be by this are from at have has an not but or which they their said'.split())


def converter():
    src = open(os.path.join(ROOT, 'test/blind/notes/html-to-text.py'), encoding='utf-8').read().split('def main(')[0]
    scope = {}
    exec(src, scope)
    return scope['Text']


def prepare(traf, work):
    Text = converter()
    data = json.load(open(os.path.join(traf, 'tests/evaldata.json'), encoding='utf-8'))
    os.makedirs(os.path.join(work, 'txt'), exist_ok=True)
    meta = {}
    for url, v in data.items():
        path = next((p for p in (os.path.join(traf, 'tests', d, v['file']) for d in ('eval', 'cache')) if os.path.exists(p)), None)
        if not path:
            continue
        raw = open(path, 'rb').read()
        try:
            html = raw.decode('utf-8')
        except UnicodeDecodeError:
            html = raw.decode('latin-1')
        parser = Text()
        try:
            parser.feed(html)
            parser.close()
        except Exception:
            continue
        text = '\n'.join(parser.lines) + '\n'
        words = re.findall(r'[a-z]+', text.lower())
        if len(words) < 150 or sum(w in ENGLISH for w in words) / len(words) < 0.18:
            continue
        name = 't%03d-%s' % (len(meta), re.sub(r'[^a-z0-9]+', '-', v['file'].lower())[:40].strip('-'))
        open(os.path.join(work, 'txt', name + '.txt'), 'w', encoding='utf-8', newline='\n').write(text)
        meta[name] = {'url': url, 'with': v.get('with', []), 'without': v.get('without', [])}
    return meta


def boilerplate(ann):
    spans = []
    if os.path.exists(ann):
        for line in open(ann, encoding='utf-8'):
            cols = line.split('\t')
            if cols[0].startswith('T') and cols[1].startswith('BOILERPLATE '):
                for part in cols[1].split(' ', 1)[1].split(';'):
                    a, b = map(int, part.split())
                    spans.append((a, b))
    return spans


def main(traf, work, verbose=False):
    meta = prepare(traf, work)
    out = os.path.join(work, 'out')
    os.makedirs(out, exist_ok=True)
    subprocess.run(['node', os.path.join(ROOT, 'dist/cli.js'), 'annotate', os.path.join(work, 'txt'), '--out', out], check=True, stdout=subprocess.DEVNULL)
    marked = [0, 0]
    found = [0, 0]
    rows = []
    for name, m in sorted(meta.items()):
        text = open(os.path.join(work, 'txt', name + '.txt'), encoding='utf-8').read()
        spans = boilerplate(os.path.join(out, name + '.ann'))

        def covered(snippet):
            hits = [any(a < i + len(snippet) and i < b for a, b in spans) for i in (x.start() for x in re.finditer(re.escape(snippet), text))]
            return hits or None

        for s in m['with']:
            hits = covered(s)
            if hits:
                marked[0] += 1
                marked[1] += all(hits)
                if all(hits):
                    rows.append(('content marked', name, s))
        for s in m['without']:
            hits = covered(s)
            if hits:
                found[0] += 1
                found[1] += any(hits)
                if not any(hits):
                    rows.append(('page text missed', name, s))
    print(f'{len(meta)} English pages; page snippets found as boilerplate: {found[1]}/{found[0]} = {found[1] / max(1, found[0]):.3f}; '
          f'article snippets marked as boilerplate: {marked[1]}/{marked[0]} = {marked[1] / max(1, marked[0]):.3f}')
    if verbose:
        for r in rows:
            print(*r, sep='\t')


if __name__ == '__main__':
    args = [a for a in sys.argv[1:] if a != '-v']
    if len(args) != 2:
        sys.exit(__doc__)
    main(args[0], args[1], '-v' in sys.argv)
