#!/usr/bin/env python3
"""Visible text of an HTML page, one block per line (for the blind gold set b01-b05).

Usage: html-to-text.py IN.html OUT.txt [FIRST_LINE LAST_LINE]

- Python html.parser; a line break at every block element (p, div, h1-h6, li, br,
  figcaption, td, ...); whitespace inside a block collapsed to one space
  (str.split(), so no-break spaces count as whitespace); entities decoded
  (convert_charrefs); empty lines dropped.
- Skipped with their content: script, style, noscript, svg, head, iframe, template, select.
- Optional window: FIRST_LINE / LAST_LINE are 1-based line numbers of the full text
  (inclusive) to keep; without them the whole text is written.
- Output UTF-8, '\n' line ends, a final newline.
"""
import sys
from html.parser import HTMLParser

SKIP = {'script', 'style', 'noscript', 'svg', 'head', 'iframe', 'template', 'select'}
BLOCK = {
    'address', 'article', 'aside', 'blockquote', 'body', 'br', 'caption', 'center', 'dd',
    'details', 'dialog', 'dir', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure',
    'footer', 'form', 'frameset', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup',
    'hr', 'html', 'legend', 'li', 'main', 'menu', 'nav', 'ol', 'option', 'p', 'pre',
    'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
}


class Text(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.skip = 0
        self.lines = []
        self.cur = []

    def brk(self):
        s = ' '.join(''.join(self.cur).split())
        if s:
            self.lines.append(s)
        self.cur = []

    def handle_starttag(self, tag, attrs):
        if tag in SKIP:
            self.skip += 1
        elif not self.skip and tag in BLOCK:
            self.brk()

    def handle_startendtag(self, tag, attrs):
        if not self.skip and tag in BLOCK:
            self.brk()

    def handle_endtag(self, tag):
        if tag in SKIP:
            self.skip = max(0, self.skip - 1)
        elif not self.skip and tag in BLOCK:
            self.brk()

    def handle_data(self, data):
        if not self.skip:
            self.cur.append(data)

    def close(self):
        super().close()
        self.brk()


def main(src, out, first=None, last=None):
    p = Text()
    p.feed(open(src, encoding='utf-8').read())
    p.close()
    lines = p.lines
    if first:
        lines = lines[int(first) - 1:int(last)]
    open(out, 'w', encoding='utf-8', newline='\n').write('\n'.join(lines) + '\n')
    print(f'{out}: {len(lines)} lines')


main(*sys.argv[1:])
