"""python -m outsider_o.selfcheck DIR

Recomputes rules, verdict and points from each truth file's documents (own
implementation of SPEC §4/§6 in rules.py) and checks the packet folder:
every file listed, every listed page present, page types consistent with
the documents, normalised values well formed.  Prints counts and
"N problems"."""
import collections
import glob
import json
import os
import re
import sys

from .rules import evaluate, id_valid

TYPES = {'id_card', 'residence_permit', 'household_register_cover', 'household_register_member',
         'collective_hukou_certificate', 'labour_contract', 'tax_record', 'social_insurance_record', 'diploma',
         'degree_certificate', 'marriage_certificate', 'unknown'}
DATE = re.compile(r'^\d{4}-\d{2}-\d{2}$')
MONTH = re.compile(r'^\d{4}-\d{2}$')


def page_count(path):
    low = path.lower()
    if low.endswith('.pdf'):
        import pypdfium2 as pdfium
        return len(pdfium.PdfDocument(path))
    from PIL import Image
    if low.endswith('.heic'):
        import pillow_heif
        pillow_heif.register_heif_opener()
    with Image.open(path) as im:
        return getattr(im, 'n_frames', 1)


def text_layer(path, page):
    import pypdfium2 as pdfium
    return pdfium.PdfDocument(path)[page - 1].get_textpage().get_text_range()


def check(root):
    problems = []
    stats = collections.Counter()
    caps = collections.Counter()
    verdicts = collections.Counter()
    per_type = collections.Counter()
    nfiles = 0
    truths = sorted(glob.glob(os.path.join(root, '*.truth.json')))
    for tp in truths:
        tr = json.load(open(tp, encoding='utf-8'))
        pid = tr['packet']
        P = lambda m: problems.append('%s: %s' % (pid, m))
        pdir = os.path.join(root, pid)
        for k in ('packet', 'as_of', 'application', 'defects', 'expected_rules', 'verdict', 'points', 'pages',
                  'documents'):
            if k not in tr:
                P('missing key ' + k)
        fired, verdict, pts = evaluate(tr)
        if sorted(fired) != sorted(tr['expected_rules']):
            P('rules: expected %s, recomputed %s' % (sorted(tr['expected_rules']), sorted(fired)))
        if verdict != tr['verdict']:
            P('verdict %s, recomputed %s' % (tr['verdict'], verdict))
        if pts['estimate'] != tr['points']['estimate'] or pts['items'] != tr['points']['items']:
            P('points %s, recomputed %s' % (tr['points'], pts))
        verdicts[tr['verdict']] += 1
        # files on disk vs pages listed
        on_disk = set()
        for dp, _, fs in os.walk(pdir):
            for f in fs:
                on_disk.add(os.path.relpath(os.path.join(dp, f), pdir))
        listed = collections.defaultdict(set)
        for p in tr['pages']:
            listed[p['file']].add(p['page'])
            caps[p['capture']] += 1
            if p['type'] not in TYPES:
                P('bad type ' + p['type'])
            if p['rotation'] not in (0, 90, 180, 270):
                P('bad rotation')
        for f in on_disk - set(listed):
            P('file not listed: ' + f)
        for f, pages in listed.items():
            path = os.path.join(pdir, f)
            if not os.path.exists(path):
                P('listed file missing: ' + f)
                continue
            n = page_count(path)
            if sorted(pages) != list(range(1, n + 1)):
                P('%s has %d pages, truth lists %s' % (f, n, sorted(pages)))
        nfiles += len(on_disk)
        stats['pages'] += len(tr['pages'])
        # page types vs documents
        ptype = {(p['file'], p['page']): p for p in tr['pages']}
        covered = collections.defaultdict(set)
        for d in tr['documents']:
            if d['type'] not in TYPES:
                P('bad doc type')
            for pg in d['pages']:
                key = (pg['file'], pg['page'])
                if key not in ptype:
                    P('document page not in pages: %s' % (key,))
                    continue
                e = ptype[key]
                if d['type'] != e['type'] and d['type'] not in e.get('also', []):
                    P('page %s typed %s but holds %s' % (key, e['type'], d['type']))
                covered[key].add(d['type'])
            for k, v in d['fields'].items():
                if k.endswith('_date') or k in ('valid_from', 'valid_until', 'birth_date'):
                    if v is None and k == 'end_date' and d['fields'].get('open_ended'):
                        continue
                    if v != 'long_term' and not (isinstance(v, str) and DATE.match(v)):
                        P('%s.%s not a date: %r' % (d['type'], k, v))
                if 'id_number' in k and not re.fullmatch(r'\d{17}[\dX]', v or ''):
                    P('%s.%s malformed' % (d['type'], k))
            if d['type'] == 'labour_contract' and d['fields'].get('open_ended') and d['fields'].get('end_date') is not None:
                P('open-ended contract with an end_date')
            for r in d['rows']:
                m = r.get('period') or r.get('month')
                if not MONTH.match(m or ''):
                    P('row month malformed %r' % m)
                for k in ('amount', 'base'):
                    if k in r and not re.fullmatch(r'\d+\.\d{2}', r[k]):
                        P('row %s malformed %r' % (k, r[k]))
        for key, e in ptype.items():
            want = {e['type']} | set(e.get('also', []))
            if e['type'] == 'unknown':
                if covered.get(key):
                    P('unknown page %s belongs to a document' % (key,))
                continue
            if covered.get(key, set()) != want:
                P('page %s typed %s, documents on it %s' % (key, sorted(want), sorted(covered.get(key, set()))))
            if e['capture'] == 'text_pdf' and len(text_layer(os.path.join(pdir, key[0]), key[1]).strip()) < 20:
                P('text_pdf page %s has no text layer' % (key,))
            for t in want:
                per_type[t] += 1
        for e in tr['pages']:
            if e['type'] == 'unknown':
                per_type['unknown'] += 1
    print('packets %d, files %d, pages %d' % (len(truths), nfiles, stats['pages']))
    print('verdicts', dict(verdicts))
    print('captures', dict(caps.most_common()))
    print('pages per document type (a page holding two documents counts for both)', dict(per_type.most_common()))
    for p in problems:
        print('PROBLEM', p)
    print('%d problems' % len(problems))
    return len(problems)


if __name__ == '__main__':
    if len(sys.argv) != 2:
        print(__doc__)
        sys.exit(2)
    sys.exit(1 if check(sys.argv[1]) else 0)
