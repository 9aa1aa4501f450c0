#!/usr/bin/env python3
"""Convert Thymeleaf pages from the layout dialect (layout:decorate) to plain Thymeleaf fragment layouts.

    tools/delayout.py [dir-or-file ...]      (default: src/main/resources/templates)

Issue 20 item 7: the thymeleaf-layout-dialect's decoration cost about a quarter of a list page's rendering; the layouts
are now parameterised fragments (layout.html: page(layoutTitle, layoutHeading, layoutContent, layoutScripts)) and a
page replaces its own <html> by the layout:

    <html lang="zh-CN" xmlns:th="http://www.thymeleaf.org"
          th:replace="~{layout :: page('案件', ~{::page-title}, ~{::content}, ~{::scripts})}">
    <body>
    <h2 class="page-title" th:fragment="page-title">案件</h2>
    <div th:fragment="content">…</div>
    <th:block th:fragment="scripts"><script th:src="@{/js/x.js}"></script></th:block>
    </body>
    </html>

What the dialect did and this script keeps: the page's <title> becomes the layout's first argument (the layout adds
" - 安监执法综合管理平台" as the title pattern did; a th:text title passes its expression); each layout:fragment becomes
th:fragment and the layout's own attributes of that fragment element are merged into the page's element where the page
lacks them (the dialect's element merge: class="page-title" on the heading); a fragment the page does not define keeps
the layout's default (the no-op token `_`); a fragment the layout does not have is dropped, as the dialect dropped it.

Idempotent: a template without layout:decorate is left alone. A page it cannot convert faithfully (a <head> holding
more than the <title>, an unknown layout) is reported and left unchanged; the exit status is then 1.
"""
import html
import pathlib
import re
import sys

# layout template → (the fragments its page(...) takes after the title, in order; attributes of the layout's fragment
# elements that the dialect merged into the page's element). The layouts add the title pattern themselves.
LAYOUTS = {
    'layout': (['page-title', 'content', 'scripts'], {'page-title': [('class', 'page-title')]}),
    'publicity/public-layout': (['page-title', 'content'],
                                {'page-title': [('class', 'page-title')], 'content': [('class', 'container-xl')]}),
    'mines/app/mobile': (['page-title', 'content', 'scripts'], {'page-title': [('class', 'mapp-title')]}),
    'error/base': (['error-body'], {}),
}
ATTR = re.compile(r'(\s+)([^\s=/>]+)(?:\s*=\s*("[^"]*"|\'[^\']*\'))?')


def start_tag(s, pos):
    """End index (after '>') of the start tag opening at pos, quotes respected."""
    q = None
    i = pos + 1
    while i < len(s):
        c = s[i]
        if q:
            if c == q:
                q = None
        elif c in '"\'':
            q = c
        elif c == '>':
            return i + 1
        i += 1
    raise ValueError('unterminated tag at %d' % pos)


def attrs_of(tag):
    """[(whitespace, name, quoted value or None)] of a start tag's text."""
    head = re.match(r'<[^\s>/]+', tag).group(0)
    body = tag[len(head):].rstrip('>').rstrip('/')
    return [(m.group(1), m.group(2), m.group(3)) for m in ATTR.finditer(body)]


def render_tag(tag, attrs):
    head = re.match(r'<[^\s>/]+', tag).group(0)
    close = '/>' if tag.rstrip().endswith('/>') else '>'
    tail = re.search(r'(\s*)/?>$', tag).group(1)
    return head + ''.join(ws + n + ('=' + v if v is not None else '') for ws, n, v in attrs) + tail + close


def unquote(v):
    return html.unescape(v[1:-1])


def attr_value(text):
    return '"' + text.replace('&', '&amp;').replace('"', '&quot;').replace('<', '&lt;') + '"'


def title_argument(s):
    m = re.search(r'<title\b', s)
    if not m:
        raise ValueError('no <title>')
    end = start_tag(s, m.start())
    close = s.index('</title>', end)
    attrs = {n: v for _, n, v in attrs_of(s[m.start():end])}
    if 'th:text' in attrs:
        arg = '(' + unquote(attrs['th:text']).strip() + ')'
    elif any(n.startswith('th:') or n.startswith('layout:') for n in attrs):
        raise ValueError('title with attributes other than th:text: ' + s[m.start():end])
    else:
        text = html.unescape(s[end:close]).strip()
        arg = "'" + text.replace('\\', '\\\\').replace("'", "\\'") + "'"
    return arg, m.start(), close + len('</title>')


def convert(s, name):
    if 'layout:decorate' not in s:
        return s
    hm = re.search(r'<html\b', s)
    hend = start_tag(s, hm.start())
    hattrs = attrs_of(s[hm.start():hend])
    decorate = next(unquote(v) for _, n, v in hattrs if n == 'layout:decorate')
    lm = re.fullmatch(r'~\{\s*([\w/.-]+)\s*\}', decorate)
    if not lm or lm.group(1) not in LAYOUTS:
        raise ValueError('unknown layout ' + decorate)
    slots, merges = LAYOUTS[lm.group(1)]

    title, t0, t1 = title_argument(s)
    head = re.search(r'<head\b[^>]*>(.*?)</head>\s*\n?', s, re.S)
    if not head or not (head.start(1) <= t0 and t1 <= head.end(1)):
        raise ValueError('the <title> is not in the <head>')
    if (s[head.start(1):t0] + s[t1:head.end(1)]).strip():
        raise ValueError('<head> holds more than the <title>: the layouts have no slot for it')

    present = set()
    out = []
    i = 0
    for fm in re.finditer(r'<[\w:-]+\b', s):
        if fm.start() < i or fm.start() < hend:
            continue
        end = start_tag(s, fm.start())
        tag = s[fm.start():end]
        if 'layout:fragment' not in tag:
            continue
        attrs = attrs_of(tag)
        fname = next(unquote(v) for _, n, v in attrs if n == 'layout:fragment')
        present.add(fname)
        new = [(ws, 'th:fragment' if n == 'layout:fragment' else n, v) for ws, n, v in attrs]
        have = {n for _, n, v in new}
        k = next(j for j, a in enumerate(new) if a[1] == 'th:fragment')
        for an, av in merges.get(fname, []):
            if an not in have:
                new.insert(k, (' ', an, attr_value(av)))
                k += 1
        out.append(s[i:fm.start()])
        out.append(render_tag(tag, new))
        i = end
    out.append(s[i:])
    converted = ''.join(out)

    args = [title] + [('~{::%s}' % f) if f in present else '_' for f in slots]
    call = '~{%s :: page(%s)}' % (lm.group(1), ', '.join(args))
    new_html = [(ws, n, v) for ws, n, v in hattrs if n not in ('layout:decorate', 'xmlns:layout')]
    ws = hattrs[-1][0] if hattrs and '\n' in hattrs[-1][0] else ' '
    new_html.append((ws, 'th:replace', attr_value(call)))
    html_tag = render_tag(s[hm.start():hend], new_html)
    # the html start tag is before every fragment, so its span is unchanged in `converted`
    converted = converted[:hm.start()] + html_tag + converted[hend:]
    # drop the <head> (its only child, the title, is now the layout's argument)
    delta = len(html_tag) - (hend - hm.start())
    converted = converted[:head.start() + delta] + converted[head.end() + delta:]
    if 'layout:' in converted:
        raise ValueError('layout: attributes left after the conversion')
    return converted


def main(argv):
    roots = [pathlib.Path(a) for a in argv] or [pathlib.Path('src/main/resources/templates')]
    files = [p for r in roots for p in (sorted(r.rglob('*.html')) if r.is_dir() else [r])]
    changed = failed = 0
    for p in files:
        s = p.read_text(encoding='utf-8')
        try:
            t = convert(s, str(p))
        except (ValueError, StopIteration) as e:
            print('NOT converted %s: %s' % (p, e), file=sys.stderr)
            failed += 1
            continue
        if t != s:
            p.write_text(t, encoding='utf-8')
            changed += 1
    print('%d converted, %d left unchanged, %d failed' % (changed, len(files) - changed - failed, failed))
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
