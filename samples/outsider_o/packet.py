"""Choose forms and captures for each document, group pages into files,
render, write the packet folder and its truth JSON."""
import datetime as dt
import io
import json
import os
import random

from PIL import Image

from . import capture as C
from . import docs as R
from .canvas import Raster, Vector
from .people import make
from .scenarios import SCENARIOS, verdict_of
from .rules import evaluate

A4 = (210, 297)


_SEQ = [0]


class Page:
    def __init__(self, w, h, draws, docs, kind='paper', bg=(255, 255, 255)):
        _SEQ[0] += 1
        self.seq = _SEQ[0]
        self.w, self.h, self.draws, self.docs, self.kind, self.bg = w, h, draws, docs, kind, bg
        self.blank = False
        self.unknown = False
        self.fine = any(d[0].get('fine') for d in draws)
        self.chrome = None

    def _chrome(self, cv):
        if self.chrome:
            stamp, title, url, i, n = self.chrome
            cv.text(8, 7, stamp, 2.5, 'hei', (40, 40, 40))
            cv.text(105, 7, title, 2.5, 'hei', (40, 40, 40), 'm')
            cv.text(8, 292, url, 2.3, 'hei', (40, 40, 40))
            cv.text(202, 292, '%d/%d' % (i, n), 2.5, 'hei', (40, 40, 40), 'r')

    def render(self, ppu):
        cv = Raster(self.w, self.h, ppu, self.bg)
        for p, x, y, s in self.draws:
            p['draw'](cv.sub(x, y, s))
        self._chrome(cv)
        return cv

    def render_vector(self, c):
        c.setPageSize((self.w * 72 / 25.4, self.h * 72 / 25.4))
        cv = Vector(c, self.w, self.h)
        for p, x, y, s in self.draws:
            p['draw'](cv.sub(x, y, s))
        self._chrome(cv)
        return cv


def single(p, doc, kind=None):
    k = kind or ('screen' if p['kind'] == 'screen' else 'card' if p['kind'] == 'card' else 'paper')
    bg = (255, 255, 255)
    return Page(p['w'], p['h'], [(p, 0, 0, 1)], [doc] if doc is not None else [], k, bg)


def merged(F, d):
    m = dict(d['fields'])
    for k, v in d.items():
        if k.startswith('_'):
            m[k] = v
    return m


class Builder:
    def __init__(self, idx, seed):
        self.idx = idx
        self.rnd = random.Random(seed * 7919 + idx * 104729)
        self.sc = SCENARIOS[(idx - 1) % len(SCENARIOS)]
        self.P = make(self.rnd, self.sc)
        self.units = []  # dict(pages, mode)
        self.layout = {}

    # ------------------------------------------------------------ forms
    def doc(self, t):
        return [d for d in self.P['docs'] if d['type'] == t]

    def forms(self):
        rnd, sc = self.rnd, self.sc
        ic = self.doc('id_card')[0]
        rp = self.doc('residence_permit')[0]
        icF, rpF = merged(None, ic), merged(None, rp)
        idparts = R.id_card(icF, rnd)
        rpform = rnd.choice(['info', 'info_pdf', 'app', 'app', 'app', 'card+info', 'card+app', 'card+app'])
        idform = rnd.choice(['cards_photo', 'a4_copy', 'a4_copy', 'pair_photo'])
        self.layout[id(ic)] = idform
        self.layout[id(rp)] = rpform
        rp_card = R.rp_card(rpF, rnd) if rpform.startswith('card') else None
        if idform == 'a4_copy':
            stacked = rnd.random() < 0.6
            draws = []
            if stacked:
                draws = [(idparts[0], 62, 40, 1), (idparts[1], 62, 110, 1)]
                docsl = [ic]
                if rp_card and rnd.random() < 0.7:
                    draws.append((rp_card[0], 62, 185, 1))
                    docsl.append(rp)
                    rp_card = None
            else:
                draws = [(idparts[0], 12, 50, 1), (idparts[1], 112, 50, 1)]
                docsl = [ic]
                if rp_card:
                    draws += [(rp_card[0], 12, 130, 1), (rp_card[1], 112, 130, 1)]
                    docsl.append(rp)
                    rp_card = None
            pg = Page(210, 297, draws, docsl)
            pg.fine = True  # real-size cards on an A4 sheet: keep out of chat/lowres captures
            if sc.get('watermark') or rnd.random() < 0.25:
                pg.watermark = True
            self.units.append(dict(pages=[pg], mode='paper'))
        elif idform == 'pair_photo':
            pg = Page(190, 70, [(idparts[0], 4, 8, 1), (idparts[1], 100, 8, 1)], [ic], 'card', (238, 238, 236))
            self.units.append(dict(pages=[pg], mode='card'))
        else:
            self.units.append(dict(pages=[single(p, ic) for p in idparts], mode='card'))
        if rp_card:
            self.units.append(dict(pages=[single(rp_card[0], rp)] + ([single(rp_card[1], rp)] if rnd.random() < 0.4 else []),
                                   mode='card'))
        if rpform in ('info', 'card+info'):
            self.units.append(dict(pages=[single(p, rp) for p in R.rp_info(rpF, rnd)], mode='paper'))
        elif rpform == 'info_pdf':
            pgs = [single(p, rp) for p in R.rp_info(rpF, rnd)]
            if rnd.random() < 0.7:
                self.chrome(pgs, '上海市居住证信息查询 - 一网通办', 'https://zwdt.sh.gov.cn/govPortals/bsfw/item/jzz?id=%d')
            self.units.append(dict(pages=pgs, mode='text_pdf'))
        else:
            self.units.append(dict(pages=[single(p, rp) for p in R.rp_app(rpF, rnd, rnd.random() < 0.35)],
                                   mode='screens'))

        # household register
        cov = self.doc('household_register_cover')
        mem = self.doc('household_register_member')
        col = self.doc('collective_hukou_certificate')
        if col:
            d = col[0]
            self.layout[id(d)] = 'letter'
            self.units.append(dict(pages=[single(p, d) for p in R.collective(merged(None, d), rnd)], mode='paper'))
        if cov:
            hand = rnd.random() < 0.5
            cp = R.hh_cover(merged(None, cov[0]), rnd, hand)[0]
            mp = R.hh_member(merged(None, mem[0]), rnd, hand or rnd.random() < 0.3)[0] if mem else None
            form = rnd.choice(['separate', 'spread', 'a4_copy']) if mp else 'separate'
            self.layout[id(cov[0])] = {'separate': 'booklet_page', 'spread': 'booklet_spread', 'a4_copy': 'a4_copy'}[form]
            if mem:
                self.layout[id(mem[0])] = ('card_hand' if hand else 'card_typed') if form == 'separate' else \
                    self.layout[id(cov[0])]
            if form == 'separate':
                self.units.append(dict(pages=[single(cp, cov[0])], mode='paper'))
                if mp:
                    self.units.append(dict(pages=[single(mp, mem[0])], mode='paper'))
            elif form == 'spread':
                self.units.append(dict(pages=[Page(212, 145, [(cp, 1, 1, 1), (mp, 106, 1, 1)], [cov[0], mem[0]],
                                                   'card', (120, 40, 40))], mode='booklet'))
            else:
                pg = Page(210, 297, [(cp, 52, 6, 1), (mp, 52, 150, 1)], [cov[0], mem[0]])
                pg.fine = True
                self.units.append(dict(pages=[pg], mode='paper'))

        # contract
        lc = self.doc('labour_contract')[0]
        lay = sc.get('contract') if sc.get('contract') in ('renewal', 'e_contract') else \
            rnd.choice(['shanghai_model', 'company_table', 'company_table', 'shanghai_model', 'e_contract'])
        if lay == 'e_contract' and sc.get('contract') != 'e_contract' and rnd.random() < 0.5:
            lay = 'company_table'
        self.layout[id(lc)] = lay
        ps = R.contract(merged(None, lc), rnd, 'company_table' if lay == 'e_contract' else lay,
                        n_body=rnd.choice([0, 0, 1, 1, 2, 3]), electronic=lay == 'e_contract')
        self.units.append(dict(pages=[single(p, lc) for p in ps], mode='text_pdf' if lay == 'e_contract' else 'paper'))

        # tax
        tr = self.doc('tax_record')[0]
        trF = merged(None, tr)
        rows = tr['rows']
        one_agent = len({r['withholding_agent'] for r in rows}) == 1
        lay = sc.get('tax') or rnd.choice(['national', 'national', 'web', 'web', 'app', 'app', 'app', 'national_scan', 'old'])
        if lay == 'old' and (not one_agent or len(rows) > 12):
            lay = 'national'
        self.layout[id(tr)] = lay
        if lay == 'national':
            self.units.append(dict(pages=[single(p, tr) for p in R.tax_national(trF, rows, rnd)], mode='text_pdf'))
        elif lay == 'national_scan':
            self.units.append(dict(pages=[single(p, tr) for p in R.tax_national(trF, rows, rnd)], mode='paper'))
        elif lay == 'web':
            self.units.append(dict(pages=[single(p, tr) for p in R.tax_web(trF, rows, rnd)], mode='text_pdf'))
        elif lay == 'old':
            self.units.append(dict(pages=[single(p, tr) for p in R.tax_old(trF, rows, rnd)], mode='paper'))
        else:
            dark = rnd.random() < 0.4
            mode = 'long' if rnd.random() < 0.45 else 'split'
            pgs = [single(p, tr) for p in R.tax_app(trF, rows, rnd, dark, mode)]
            if rnd.random() < 0.5:
                r = rows[-1]
                pgs.append(single(R.tax_app_detail(trF, r, rnd, dark), tr))
            self.layout[id(tr)] = 'app_' + mode
            self.units.append(dict(pages=pgs, mode='screens'))

        for d in self.doc('social_insurance_record'):
            F = merged(None, d)
            lay = 'range_pdf' if d.get('_ranged') else rnd.choice(['pdf', 'web_pdf', 'app', 'app', 'pdf_scan'])
            self.layout[id(d)] = lay
            if lay == 'app':
                self.units.append(dict(pages=[single(p, d) for p in R.si_app(F, d['rows'], rnd, rnd.random() < 0.4)],
                                       mode='screens'))
            else:
                ps = [single(p, d) for p in R.si_pdf(F, d['rows'], rnd, ranged=lay == 'range_pdf')]
                if lay == 'web_pdf' or (lay == 'range_pdf' and rnd.random() < 0.5):
                    self.chrome(ps, rnd.choice(['社会保险个人缴费查询 - 上海人社', '一网通办 - 个人社保缴费记录']),
                                'https://rsj.sh.gov.cn/ggfw/sbcx/grjf?sid=%d')
                self.units.append(dict(pages=ps, mode='paper' if lay == 'pdf_scan' else 'text_pdf'))

        xuexin_done = False
        for d in self.doc('diploma'):
            F = merged(None, d)
            if (sc.get('xuexin') or rnd.random() < 0.25) and not xuexin_done:
                xuexin_done = True
                self.layout[id(d)] = 'xuexin'
                d['fields']['online_record'] = True
                F = merged(None, d)
                F['_upd'] = (self.P['as_of'] - dt.timedelta(days=self.rnd.randint(1, 30))).isoformat()
                F['_vcode'] = ''.join(rnd.choice('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789') for _ in range(16))
                pgs = [single(p, d) for p in R.xuexin(F, rnd)]
                mode = 'text_pdf' if rnd.random() < 0.6 else 'paper'
                if mode == 'text_pdf' and rnd.random() < 0.5:
                    self.chrome(pgs, '学信档案 - 学历信息', 'https://my.chsi.com.cn/archive/gdjy/xl/show.action?t=%d')
                self.units.append(dict(pages=pgs, mode=mode))
            else:
                st = rnd.choice(['classic', 'modern'])
                self.layout[id(d)] = st
                d['_omit'] = ['study_mode']
                self.units.append(dict(pages=[single(p, d) for p in R.diploma(F, rnd, st)], mode='paper'))
        for d in self.doc('degree_certificate'):
            self.layout[id(d)] = 'certificate'
            self.units.append(dict(pages=[single(p, d) for p in R.degree(merged(None, d), rnd)], mode='paper'))
        for d in self.doc('marriage_certificate'):
            self.layout[id(d)] = 'inner_page'
            self.units.append(dict(pages=[single(p, d) for p in R.marriage(merged(None, d), rnd)], mode='card'))
        for t in ('tax_record',):
            for d in self.doc(t):
                if not self.layout[id(d)].startswith('national') and self.layout[id(d)] != 'old':
                    d['_omit'] = ['issue_date']
        # not documents of the packet
        u = sc.get('unknown') or (rnd.choice(['receipt', 'rental', None, None, None, None]))
        if u == 'receipt':
            pg = single(R.receipt(rnd, self.P['as_of'] - dt.timedelta(days=rnd.randint(1, 40)))[0], None, 'card')
            pg.unknown = True
            self.units.append(dict(pages=[pg], mode='card'))
        elif u == 'rental':
            pg = single(R.rental(rnd, self.P['name'], self.P['res_address'])[0], None)
            pg.unknown = True
            self.units.append(dict(pages=[pg], mode='paper'))

    def chrome(self, pages, title, url):
        rnd = self.rnd
        t = self.P['as_of'] - dt.timedelta(days=rnd.randint(0, 6))
        stamp = rnd.choice(['%d/%d/%d %02d:%02d', '%d/%d/%d 下午%d:%02d']) % (t.year, t.month, t.day, rnd.randint(1, 11),
                                                                         rnd.randint(0, 59))
        u = url % rnd.randint(10 ** 6, 10 ** 7) if '%d' in url else url
        for i, p in enumerate(pages, 1):
            p.chrome = (stamp, title, u, i, len(pages))

    # ------------------------------------------------------------ files
    def plan_files(self):
        files = self._plan_files()
        fix = {'lowres': 'scan', 'chat': 'photo'}
        for f in files:
            if f['kind'] == 'text_pdf':
                continue
            f['pages'] = [(p, fix.get(c, c) if (p.fine and p.kind != 'screen') else c, r, e, g)
                          for p, c, r, e, g in f['pages']]
            if f['ext'] == 'webp' and any(c != 'clean' for _, c, *_ in f['pages']):
                f['ext'] = 'jpg'
        return files

    def _plan_files(self):
        rnd, sc = self.rnd, self.sc
        files = []  # dict(ext, kind, pages: [(Page, capture, rotation, exif)])
        paper_units = [u for u in self.units if u['mode'] == 'paper']
        bundle = []
        if paper_units and (sc.get('bundle') or sc.get('blank') or rnd.random() < 0.4):
            k = min(len(paper_units), rnd.randint(2, 4))
            start = rnd.randint(0, len(paper_units) - k)
            bundle = paper_units[start:start + k]
        for u in self.units:
            for p in u['pages']:
                if p.kind == 'paper' and not p.fine and not p.unknown and (rnd.random() < (0.25 if sc.get('watermark') else 0.06)):
                    p.watermark = True
        for u in self.units:
            if u in bundle and u is not bundle[0]:
                continue
            if u in bundle:
                pages = []
                cap = rnd.choice(['scan', 'scan', 'photocopy', 'scan_gray'])
                for j, b in enumerate(bundle):
                    pages += b['pages']
                    if sc.get('blank') and j == 0:
                        bp = Page(210, 297, [(R.blank(rnd)[0], 0, 0, 1)], [])
                        bp.blank = True
                        pages.append(bp)
                files.append(dict(ext='pdf', kind='raster_pdf', pages=[(p, cap if cap != 'scan_gray' else 'scan', 0, None,
                                                                       cap == 'scan_gray') for p in pages]))
                continue
            m = u['mode']
            if m == 'text_pdf':
                files.append(dict(ext='pdf', kind='text_pdf', pages=[(p, 'text_pdf', 0, None, False) for p in u['pages']]))
            elif m == 'screens':
                for p in u['pages']:
                    cap = 'chat' if rnd.random() < 0.25 else 'screenshot'
                    ext = 'jpg' if cap == 'chat' else rnd.choice(['png', 'png', 'jpg'])
                    files.append(dict(ext=ext, kind='image', pages=[(p, cap, 0, None, False)]))
            elif m in ('card', 'booklet'):
                for p in u['pages']:
                    cap = rnd.choice(['photo', 'photo', 'photo', 'chat'])
                    rot = rnd.choice([0, 0, 0, 0, 90, 180, 270]) if cap == 'photo' else 0
                    exif = rnd.choice([None, None, 6, 8, 3]) if cap == 'photo' and rot == 0 else None
                    ext = 'heic' if (cap == 'photo' and exif is None and (sc.get('heic') or rnd.random() < 0.12)) else 'jpg'
                    files.append(dict(ext=ext, kind='image', pages=[(p, cap, rot, exif, False)]))
            else:  # paper
                how = rnd.choice(['photos', 'scans', 'scans', 'scan_pdf', 'tiff', 'photos'])
                if len(u['pages']) == 1 and how == 'tiff' and rnd.random() < 0.5:
                    how = 'scans'
                if how == 'photos':
                    for p in u['pages']:
                        cap = rnd.choice(['photo', 'photo', 'chat'])
                        rot = rnd.choice([0, 0, 0, 90, 180, 270]) if cap == 'photo' else 0
                        exif = rnd.choice([None, 6, 8]) if cap == 'photo' and rot == 0 else None
                        ext = 'heic' if (cap == 'photo' and exif is None and (sc.get('heic') or rnd.random() < 0.1)) else 'jpg'
                        files.append(dict(ext=ext, kind='image', pages=[(p, cap, rot, exif, False)]))
                elif how == 'scans':
                    for p in u['pages']:
                        cap = rnd.choice(['scan', 'scan', 'photocopy', 'clean', 'lowres', 'bilevel'])
                        ext = {'bilevel': 'tif'}.get(cap) or rnd.choice(['jpg', 'jpg', 'png', 'bmp', 'webp']
                                                                       if cap == 'clean' else ['jpg', 'jpg', 'png'])
                        rot = 180 if cap == 'scan' and rnd.random() < 0.08 else 0
                        files.append(dict(ext=ext, kind='image', pages=[(p, cap, rot, None, False)]))
                elif how == 'scan_pdf':
                    cap = rnd.choice(['scan', 'photocopy', 'lowres'])
                    files.append(dict(ext='pdf', kind='raster_pdf', pages=[(p, cap, 0, None, False) for p in u['pages']]))
                else:
                    cap = rnd.choice(['bilevel', 'bilevel', 'scan'])
                    files.append(dict(ext='tif', kind='tiff', pages=[(p, cap, 0, None, cap == 'scan') for p in u['pages']]))
        return files

    # ------------------------------------------------------------ names
    def names(self, files):
        rnd = self.rnd
        used = set()
        base = self.P['as_of'] - dt.timedelta(days=rnd.randint(1, 20))
        for f in files:
            while True:
                t = dt.datetime(base.year, base.month, base.day, rnd.randint(8, 22), rnd.randint(0, 59), rnd.randint(0, 59))
                caps = {c for _, c, *_ in f['pages']}
                pat = rnd.random()
                if 'screenshot' in caps:
                    n = rnd.choice(['Screenshot_%s' % t.strftime('%Y%m%d-%H%M%S'),
                                    'Screenshot_%s_com.tencent.mm' % t.strftime('%Y-%m-%d-%H-%M-%S'),
                                    'IMG_%04d' % rnd.randint(1000, 9999), '截图%d' % rnd.randint(100, 999)])
                elif 'chat' in caps:
                    n = rnd.choice(['微信图片_%s' % t.strftime('%Y%m%d%H%M%S'), 'mmexport%d' % rnd.randint(10 ** 12, 10 ** 13)])
                elif 'photo' in caps:
                    n = rnd.choice(['IMG_%s_%s' % (t.strftime('%Y%m%d'), t.strftime('%H%M%S')), 'IMG_%04d' % rnd.randint(1, 9999),
                                    'P%s' % t.strftime('%m%d%H%M'), '身份证%d' % rnd.randint(1, 99), '材料%d' % rnd.randint(1, 99)])
                elif f['kind'] == 'text_pdf':
                    n = rnd.choice(['%d' % rnd.randint(10 ** 9, 10 ** 10), '下载_%s' % t.strftime('%Y%m%d'),
                                    'print%d' % rnd.randint(1, 99), '个人材料%d' % rnd.randint(1, 9), 'document(%d)' % rnd.randint(1, 9)])
                else:
                    n = rnd.choice(['scan%04d' % rnd.randint(1, 9999), '扫描全能王 %s' % t.strftime('%Y-%m-%d %H.%M'),
                                    'SCAN_%s' % t.strftime('%Y%m%d_%H%M%S'), '新建文件%d' % rnd.randint(1, 999),
                                    '合同%d' % rnd.randint(1, 999), 'doc%d' % rnd.randint(1, 999)])
                ext = f['ext']
                if ext == 'jpg' and rnd.random() < 0.15:
                    ext = rnd.choice(['JPG', 'jpeg'])
                if ext == 'tif' and rnd.random() < 0.4:
                    ext = 'tiff'
                name = n + '.' + ext
                if name.lower() not in used:
                    used.add(name.lower())
                    f['name'] = name
                    break

    # ------------------------------------------------------------ render + write
    def write(self, out):
        rnd = self.rnd
        pid = 'o%03d' % self.idx
        pdir = os.path.join(out, pid)
        os.makedirs(pdir, exist_ok=True)
        self.forms()
        files = self.plan_files()
        rnd.shuffle(files)
        self.names(files)
        page_truth = []
        doc_pages = {}
        for f in files:
            path = os.path.join(pdir, f['name'])
            if f['kind'] == 'text_pdf':
                from reportlab.pdfgen import canvas as rc
                c = rc.Canvas(path, invariant=1)
                c.setTitle(rnd.choice(['', '个人所得税纳税记录', 'print', '查询结果']))
                for p, cap, rot, exif, gray in f['pages']:
                    p.render_vector(c)
                    c.showPage()
                c.save()
                imgs = None
            else:
                c0 = f['pages'][0][1]
                fdpi = {'clean': rnd.choice([150, 200]), 'scan': rnd.choice([150, 200, 200]), 'photocopy': 150,
                        'bilevel': rnd.choice([200, 300]), 'lowres': 100}.get(c0, 150)
                imgs = [self.shoot(p, cap, rot, gray, fdpi) for p, cap, rot, exif, gray in f['pages']]
                self.save(path, f, imgs)
            for i, (p, cap, rot, exif, gray) in enumerate(f['pages'], 1):
                ent = {'file': f['name'], 'page': i}
                types = [d['type'] for d in p.docs]
                ent['type'] = types[0] if types else 'unknown'
                ent['capture'] = cap
                ent['rotation'] = rot
                if len(types) > 1:
                    ent['also'] = types[1:]
                if exif:
                    ent['exif_orientation'] = exif
                if p.blank:
                    ent['blank'] = True
                if getattr(p, 'watermark', False):
                    ent['watermark'] = True
                page_truth.append(ent)
                for d in p.docs:
                    doc_pages.setdefault(id(d), []).append((p.seq, {'file': f['name'], 'page': i}))
        docs_truth = []
        for d in self.P['docs']:
            if id(d) not in doc_pages:
                continue
            fields = {k: v for k, v in d['fields'].items() if not k.startswith('_') and k not in d.get('_omit', [])}
            rows = [{k: v for k, v in r.items() if not k.startswith('_')} for r in d.get('rows', [])]
            docs_truth.append({'type': d['type'], 'layout': self.layout.get(id(d), 'default'),
                               'pages': [x for _, x in sorted(doc_pages[id(d)], key=lambda t: t[0])], 'fields': fields, 'rows': rows})
        truth = {'packet': pid, 'as_of': self.P['as_of'].isoformat(), 'application': self.P['application'],
                 'defects': self.sc['defects'], 'expected_rules': self.sc['rules'],
                 'verdict': verdict_of(self.sc['rules'])}
        truth['pages'] = page_truth
        truth['documents'] = docs_truth
        truth['points'] = self.points(docs_truth)
        order = ['packet', 'as_of', 'application', 'defects', 'expected_rules', 'verdict', 'points', 'pages', 'documents']
        truth = {k: truth[k] for k in order}
        with open(os.path.join(out, pid + '.truth.json'), 'w', encoding='utf-8') as fh:
            json.dump(truth, fh, ensure_ascii=False, indent=1)
        return truth

    def points(self, docs_truth):
        """points from the drawn person (independent of rules.py, which selfcheck uses)"""
        P, sc = self.P, self.sc
        a, b = P['as_of'], P['birth']
        age = a.year - b.year - ((a.month, a.day) < (b.month, b.day))
        items = {'age': 30 if age <= 43 else max(5, 5 + 2 * (56 - age))}
        edu = {'bach_deg': 90, 'bach': 60, 'deg_only': 90, 'master': 100, 'assoc': 50}[sc.get('edu', 'bach_deg')]
        items['education'] = edu
        si = [d for d in docs_truth if d['type'] == 'social_insurance_record']
        if si:
            n = len({r['month'] for d in si for r in d['rows'] if not r['back_payment']})
            if n >= 12:
                items['social_insurance_years'] = 3 * (n // 12)
        return {'standard': 120, 'estimate': sum(items.values()), 'items': items}

    def shoot(self, p, cap, rot, gray, fdpi=150):
        rnd = self.rnd
        if p.kind == 'screen':
            im = p.render(1).img
            if cap == 'chat':
                im = C.chat(im, rnd)
            return im
        if cap == 'photo' or (cap == 'chat' and p.kind in ('card', 'paper')):
            ppu = 24 if p.kind == 'card' and p.w < 100 else (10 if p.kind == 'card' else 7.9)
            cv = p.render(ppu)
            if getattr(p, 'watermark', False):
                cv.watermark('仅供居住证积分使用，他用无效', 7 if p.w > 150 else 4, rnd.randint(-40, 40),
                             rnd.choice([(200, 50, 50), (60, 60, 200), (90, 90, 90)]))
            frame = rnd.choice([(2448, 3264), (2448, 3264), (3000, 4000)])
            im = C.photo(cv.img, rnd, frame, fill_frac=rnd.uniform(0.45, 0.7) if p.kind == 'card' and p.w < 100 else None)
            if cap == 'chat':
                im = C.chat(im, rnd)
            return C.rotate_content(im, rot)
        dpi = fdpi
        cv = p.render(dpi / 25.4)
        if getattr(p, 'watermark', False):
            cv.watermark('仅供居住证积分使用，他用无效', 7, rnd.randint(-40, 40),
                         rnd.choice([(200, 50, 50), (60, 60, 200), (90, 90, 90)]))
        im = cv.img
        if p.blank:
            im = C.scan(im, rnd)
        elif cap == 'scan':
            im = C.scan(im, rnd, gray)
        elif cap == 'photocopy':
            im = C.photocopy(im, rnd)
        elif cap == 'bilevel':
            im = C.bilevel(C.scan(im, rnd), rnd)
        elif cap == 'lowres':
            im = C.scan(im, rnd)
        im.info['dpi'] = (dpi, dpi)
        return C.rotate_content(im, rot)

    def save(self, path, f, imgs):
        rnd = self.rnd
        ext = f['ext']
        if ext == 'pdf':
            ims = [i if i.mode in ('1', 'L', 'RGB') else i.convert('RGB') for i in imgs]
            dpi = imgs[0].info.get('dpi', (150, 150))[0]
            ims[0].save(path, 'PDF', save_all=True, append_images=ims[1:], resolution=dpi)
        elif ext == 'tif':
            ims = imgs
            comp = 'group4' if all(i.mode == '1' for i in ims) else 'tiff_lzw'
            ims[0].save(path, 'TIFF', save_all=True, append_images=ims[1:], compression=comp,
                        dpi=imgs[0].info.get('dpi', (200, 200)))
        else:
            im = imgs[0]
            _, cap, rot, exif, _ = f['pages'][0]
            if ext == 'heic':
                import pillow_heif
                pillow_heif.register_heif_opener()
                im = im.convert('RGB')
                if max(im.size) > 2400:
                    f = 2400 / max(im.size)
                    im = im.resize((int(im.width * f), int(im.height * f)), Image.BILINEAR)
                im.save(path, 'HEIF', quality=rnd.randint(60, 85), enc_params={'preset': 'ultrafast'})
            elif ext == 'jpg':
                kw = {}
                if exif:
                    im = C.exif_store(im, exif)
                    ex = Image.Exif()
                    ex[0x0112] = exif
                    ex[0x010F] = rnd.choice(['Apple', 'HUAWEI', 'Xiaomi', 'OPPO'])
                    kw['exif'] = ex.tobytes()
                q = {'chat': None, 'photo': rnd.randint(78, 92), 'lowres': 70}.get(cap, rnd.randint(80, 92))
                if cap == 'chat':
                    im.convert('RGB').save(path, 'JPEG', quality=rnd.randint(55, 75), **kw)
                else:
                    im.convert('RGB') if im.mode not in ('L', 'RGB') else im
                    (im if im.mode in ('L', 'RGB') else im.convert('RGB')).save(path, 'JPEG', quality=q, **kw)
            elif ext == 'png':
                im.save(path, 'PNG', optimize=False, compress_level=3)
            elif ext == 'bmp':
                im.convert('RGB').save(path, 'BMP')
            elif ext == 'webp':
                im.convert('RGB').save(path, 'WEBP', quality=80)
            else:
                raise ValueError(ext)


def build(idx, seed, out):
    b = Builder(idx, seed)
    return b.write(out)
