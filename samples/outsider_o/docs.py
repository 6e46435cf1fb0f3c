"""Renderers: each returns a list of parts {kind, w, h, draw(cv)} for one document.
Units: mm for paper and cards, px for phone screens (kind 'screen')."""
import math
from .fmt import fdate, fmonth, fperiod, money, fullwidth, D
from .data import cn_date, PLACES

BK = (25, 25, 25)
GR = (120, 120, 120)
LB = (70, 120, 190)
RED = (205, 30, 35)


def part(kind, w, h, draw, **kw):
    p = {'kind': kind, 'w': w, 'h': h, 'draw': draw}
    p.update(kw)
    return p


# ---------------------------------------------------------------- helpers
def guilloche(cv, w, h, col, rnd, n=18):
    for i in range(n):
        a = rnd.uniform(1, 4)
        ph = rnd.uniform(0, 6)
        y0 = h * i / n
        pts = [(x, y0 + a * math.sin(x / rnd.uniform(3, 8) + ph)) for x in [w * k / 40 for k in range(41)]]
        cv.polyline(pts, w=0.08, fill=col)


def portrait(cv, x0, y0, x1, y1, tone=(200, 200, 205)):
    w, h = x1 - x0, y1 - y0
    cx = (x0 + x1) / 2
    cv.ellipse(cx, y0 + h * 0.38, w * 0.26, h * 0.22, fill=tone)
    cv.ellipse(cx, y1 + h * 0.05, w * 0.48, h * 0.32, fill=tone)


def status_bar(cv, W, dark, rnd, t=None):
    fg = (235, 235, 235) if dark else (20, 20, 20)
    t = t or '%d:%02d' % (rnd.randint(8, 22), rnd.randint(0, 59))
    cv.text(60, 62, t, 40, 'hei', fg)
    x = W - 60
    cv.rect(x - 70, 36, x - 8, 66, outline=fg, w=3, r=6)
    cv.rect(x - 66, 40, x - 66 + 54 * rnd.uniform(0.3, 0.95), 62, fill=fg)
    for i in range(4):
        cv.rect(x - 150 + i * 14, 62 - 8 - i * 7, x - 141 + i * 14, 62, fill=fg)
    cv.text(x - 165, 62, rnd.choice(['5G', '4G', '']), 30, 'hei', fg, 'r')


def title_bar(cv, W, title, dark, y=90, h=110, bg=None, fg=None):
    bg = bg or ((28, 28, 30) if dark else (255, 255, 255))
    fg = fg or ((240, 240, 240) if dark else (20, 20, 20))
    cv.rect(0, y, W, y + h, fill=bg)
    cv.text(W / 2, y + h * 0.62, title, 48, 'hei', fg, 'm')
    cv.polyline([(60, y + h * 0.35), (40, y + h * 0.5), (60, y + h * 0.65)], w=5, fill=fg)
    cv.text(W - 50, y + h * 0.62, '···', 48, 'hei', fg, 'r')
    return y + h


def kv_rows(cv, x0, x1, y, rows, size, font, label_col, value_col, sep_col=None, label_w=None, lead=1.45,
            pad=None):
    """label left, value right-aligned, long values wrapped right-aligned"""
    pad = size * 0.9 if pad is None else pad
    label_w = label_w or size * 6
    for lab, val in rows:
        y += pad + size
        cv.text(x0, y, lab, size, font, label_col)
        lines = cv.wrap(val, size, font, x1 - x0 - label_w) if val else ['']
        yy = y
        for ln in lines:
            cv.text(x1, yy, ln, size, font, value_col, 'r')
            yy += size * lead
        y = yy - size * lead + pad * 0.6
        if sep_col:
            cv.line(x0, y + pad * 0.4, x1, y + pad * 0.4, w=1.5, fill=sep_col)
        y += pad * 0.4
    return y


def table(cv, x0, y, cols, rows, size, font, ruled=True, head_fill=None, lead=1.9, col=BK, head_font=None,
          aligns=None, line_col=(60, 60, 60), head_rows=1, wrap=True, merge=None, col_major=False):
    """cols: list of (title, width); rows: list of lists. Draws and returns new y.
    merge: index of a column whose equal consecutive values become one vertically merged cell.
    col_major: emit the cell texts column by column (text order in a PDF differs from reading order)."""
    xs = [x0]
    for _, w in cols:
        xs.append(xs[-1] + w)
    aligns = aligns or ['m'] * len(cols)
    ops = []

    def cell_lines(txt, w):
        if not wrap:
            return [txt]
        return cv.wrap(txt, size, font, w - size * 0.6) or ['']

    hh = size * lead * 1.15
    if head_rows:
        if head_fill:
            cv.rect(xs[0], y, xs[-1], y + hh, fill=head_fill)
        for i, (t, w) in enumerate(cols):
            ops.append((i, -1, (xs[i] + xs[i + 1]) / 2, y + hh * 0.66, t, head_font or font, 'm'))
        if ruled:
            cv.rect(xs[0], y, xs[-1], y + hh, outline=line_col, w=0.25)
            for x in xs[1:-1]:
                cv.line(x, y, x, y + hh, w=0.2, fill=line_col)
        else:
            cv.line(xs[0], y + hh, xs[-1], y + hh, w=0.3, fill=line_col)
        y += hh
    # row heights
    cells = [[cell_lines(str(v), xs[i + 1] - xs[i]) for i, v in enumerate(r)] for r in rows]
    hs = [size * lead + (max(len(x) for x in ls) - 1) * size * 1.25 for ls in cells]
    ys = [y]
    for h in hs:
        ys.append(ys[-1] + h)
    groups = []
    if merge is not None:
        j = 0
        while j < len(rows):
            k = j
            while k + 1 < len(rows) and rows[k + 1][merge] == rows[j][merge]:
                k += 1
            groups.append((j, k))
            j = k + 1
    for j, ls in enumerate(cells):
        top, rh = ys[j], hs[j]
        for i, lines in enumerate(ls):
            if merge == i:
                continue
            a = aligns[i]
            for q, ln in enumerate(lines):
                yy = top + (rh - len(lines) * size * 1.25) / 2 + size * 1.0 + q * size * 1.25
                x = xs[i] + size * 0.3 if a == 'l' else xs[i + 1] - size * 0.3 if a == 'r' else (xs[i] + xs[i + 1]) / 2
                ops.append((i, j, x, yy, ln, font, a))
        if ruled:
            for i in range(len(cols)):
                if merge == i:
                    continue
                cv.line(xs[i], ys[j + 1], xs[i + 1], ys[j + 1], w=0.2, fill=line_col)
            for x in xs:
                cv.line(x, top, x, ys[j + 1], w=0.2, fill=line_col)
            if head_rows == 0 and j == 0:
                cv.line(xs[0], top, xs[-1], top, w=0.2, fill=line_col)
    for g0, g1 in groups:
        lines = cells[g0][merge]
        top, bot = ys[g0], ys[g1 + 1]
        for q, ln in enumerate(lines):
            yy = (top + bot) / 2 - (len(lines) - 1) * size * 0.62 + size * 0.35 + q * size * 1.25
            ops.append((merge, g0, (xs[merge] + xs[merge + 1]) / 2, yy, ln, font, 'm'))
        if ruled:
            cv.line(xs[merge], bot, xs[merge + 1], bot, w=0.2, fill=line_col)
    if col_major:
        ops.sort(key=lambda o: (o[0], o[1]))
    for i, j, x, yy, t, f, a in ops:
        cv.text(x, yy, t, size, f, col, a)
    return ys[-1]


# ---------------------------------------------------------------- 居民身份证
def id_card(F, rnd, sides=('front', 'back')):
    pal = rnd.choice([((236, 240, 236), (200, 214, 220)), ((240, 236, 228), (214, 206, 196)),
                      ((232, 238, 244), (196, 210, 226))])
    lab = rnd.choice([(76, 132, 190), (90, 150, 200), (60, 110, 170)])
    vf = rnd.choice(['song', 'hei', 'noto_sans', 'sungti'])
    seed = rnd.random()

    def front(cv):
        import random as _r
        r2 = _r.Random(seed)
        cv.rect(0, 0, 85.6, 54, fill=pal[0], r=3)
        guilloche(cv, 85.6, 54, pal[1], r2)
        portrait(cv, 57, 8, 80, 40)
        y = 10.5
        cv.text(6, y, '姓  名', 2.6, 'hei', lab)
        cv.text(17, y, F['name'], 3.4, vf, BK)
        y += 6
        cv.text(6, y, '性  别', 2.6, 'hei', lab)
        cv.text(17, y, F['sex'], 2.9, vf, BK)
        cv.text(26, y, '民  族', 2.6, 'hei', lab)
        cv.text(36, y, F['ethnicity'], 2.9, vf, BK)
        y += 6
        b = D(F['birth_date'])
        cv.text(6, y, '出  生', 2.6, 'hei', lab)
        cv.text(17, y, str(b.year), 2.9, vf, BK)
        cv.text(26, y, '年', 2.6, 'hei', lab)
        cv.text(30.5, y, str(b.month), 2.9, vf, BK, 'm')
        cv.text(33.5, y, '月', 2.6, 'hei', lab)
        cv.text(38.5, y, str(b.day), 2.9, vf, BK, 'm')
        cv.text(41.5, y, '日', 2.6, 'hei', lab)
        y += 6.5
        cv.text(6, y, '住  址', 2.6, 'hei', lab)
        for ln in cv.wrap(F['address'], 2.9, vf, 36):
            cv.text(17, y, ln, 2.9, vf, BK)
            y += 4.1
        cv.text(6, 48.5, '公民身份号码', 2.6, 'hei', lab)
        cv.text(27, 48.7, F['id_number'], 3.5, 'mono', BK, spacing=0.35)

    def back(cv):
        import random as _r
        r2 = _r.Random(seed + 1)
        cv.rect(0, 0, 85.6, 54, fill=pal[0], r=3)
        guilloche(cv, 85.6, 54, pal[1], r2)
        cv.ellipse(13, 13, 7.5, 7.5, fill=(220, 70, 60))
        cv.ellipse(13, 13, 4, 4, fill=(240, 200, 80))
        cv.text(30, 13, '中华人民共和国', 4.2, 'song', BK, spacing=0.8)
        cv.text(28, 25, '居民身份证', 6.2, 'hei', BK, spacing=1.6)
        cv.text(14, 40, '签发机关', 2.6, 'hei', lab)
        cv.text(30, 40, F['issuing_authority'], 2.9, vf, BK)
        cv.text(14, 47, '有效期限', 2.6, 'hei', lab)
        vu = '长期' if F['valid_until'] == 'long_term' else fdate(F['valid_until'], 'dot')
        cv.text(30, 47, fdate(F['valid_from'], 'dot') + '-' + vu, 2.9, vf, BK)

    out = []
    if 'front' in sides:
        out.append(part('card', 85.6, 54, front, side='front'))
    if 'back' in sides:
        out.append(part('card', 85.6, 54, back, side='back'))
    return out


# ---------------------------------------------------------------- 上海市居住证
def rp_card(F, rnd):
    vf = rnd.choice(['hei', 'song', 'noto_sans'])

    def front(cv):
        cv.rect(0, 0, 85.6, 54, fill=(226, 238, 248), r=3)
        for i in range(12):
            cv.polyline([(0, 30 + i * 2), (85.6, 18 + i * 3)], w=0.1, fill=(200, 215, 235))
        cv.text(42.8, 9, '上海市居住证', 5, 'hei', (30, 70, 150), 'm', spacing=1.2)
        portrait(cv, 62, 14, 81, 42, (190, 200, 210))
        y = 18
        for lab, val in (('姓名', F['name']), ('公民身份号码', F['id_number'])):
            cv.text(5, y, lab, 2.3, 'hei', GR)
            cv.text(5, y + 3.8, val, 3.0, vf if lab == '姓名' else 'mono', BK)
            y += 9
        cv.text(5, y, '居住地址', 2.3, 'hei', GR)
        yy = y + 3.6
        for ln in cv.wrap(F['residence_address'], 2.6, vf, 54):
            cv.text(5, yy, ln, 2.6, vf, BK)
            yy += 3.5
        cv.text(5, 51, '有效期限 %s-%s' % (fdate(F['valid_from'], 'dot'), fdate(F['valid_until'], 'dot')), 2.3,
                vf, BK)

    def back(cv):
        cv.rect(0, 0, 85.6, 54, fill=(236, 240, 246), r=3)
        cv.rect(8, 14, 20, 24, fill=(214, 186, 110), r=1)
        cv.text(42.8, 8, '使用须知', 3, 'hei', BK, 'm')
        y = 30
        for ln in ['1.本证是持证人在本市居住的证明。', '2.本证限持证人本人使用，不得转借。',
                   '3.本证实行签注制度。', '4.如有遗失请及时到受理点挂失补领。']:
            cv.text(6, y, ln, 2.4, 'song', GR)
            y += 4.6
        cv.text(79, 50, '上海市公安局监制', 2.2, 'song', GR, 'r')

    return [part('card', 85.6, 54, front, side='front', fields=['name', 'id_number', 'residence_address',
                                                                 'valid_from', 'valid_until']),
            part('card', 85.6, 54, back, side='back', fields=[])]


def rp_info(F, rnd, style=None):
    style = style or rnd.choice(['grid2', 'grid4', 'list'])
    font = rnd.choice(['song', 'hei', 'sungti', 'noto_serif'])
    lab_hukou = rnd.choice(['常住户口所在地住址', '户籍地址', '户籍地详址'])
    lab_id = rnd.choice(['公民身份号码', '证件号码', '身份证号码'])
    lab_res = rnd.choice(['居住地址', '居住地住址', '现居住地址'])
    lab_iss = rnd.choice(['签发日期', '签注日期', '发证日期'])
    split = rnd.random() < 0.5
    dstyle = rnd.choice(['dot', 'cn', 'iso'])
    title = rnd.choice(['上海市居住证信息', '居住证信息查询结果', '上海市居住证信息单'])

    def draw(cv):
        cv.text(105, 30, title, 7, font + ('' if font.startswith('noto') else ''), BK, 'm')
        cv.text(190, 40, '打印日期：' + fdate(F.get('_print', F['issue_date']), 'iso'), 3, font, GR, 'r')
        valid = (('有效期限起', fdate(F['valid_from'], dstyle)), ('有效期限止', fdate(F['valid_until'], dstyle))) \
            if split else (('有效期限', '%s至%s' % (fdate(F['valid_from'], dstyle), fdate(F['valid_until'], dstyle))),)
        items = [('姓名', F['name']), (lab_id, F['id_number']), (lab_hukou, F['hukou_address']),
                 (lab_res, F['residence_address']), (lab_iss, fdate(F['issue_date'], dstyle))] + list(valid)
        y = 50
        if style == 'list':
            for lab, val in items:
                cv.text(25, y + 8, lab + '：', 4, font, BK)
                cv.para(25 + cv.width(lab + '：', 4, font), y + 8, val, 4, font,
                        185 - 25 - cv.width(lab + '：', 4, font))
                y += 12 + (6 if len(val) > 22 else 0)
            cv.seal(150, y + 20, 20, '上海市公安局人口管理办公室', '', alpha=140)
        elif style == 'grid2':
            for lab, val in items:
                lines = cv.wrap(val, 3.8, font, 120)
                h = 6 + 5.5 * len(lines)
                cv.rect(20, y, 190, y + h, outline=BK, w=0.3)
                cv.line(62, y, 62, y + h, w=0.3, fill=BK)
                cv.text(41, y + h / 2 + 1.3, lab, 3.8, font, BK, 'm')
                for i, ln in enumerate(lines):
                    cv.text(66, y + 7.5 + 5.5 * i, ln, 3.8, font, BK)
                y += h
        else:  # grid4: two label/value pairs per row, addresses full width
            pairs = [items[0:2], [items[4]] + ([items[5]] if not split else [items[5]]),
                     ([items[6]] if split else [])]
            rowsd = [items[0:2], items[2:3], items[3:4], items[4:6]] + ([items[6:7]] if split else [])
            for rw in rowsd:
                h = 14
                cv.rect(15, y, 195, y + h, outline=BK, w=0.3)
                if len(rw) == 2:
                    for k, (lab, val) in enumerate(rw):
                        bx = 15 + 90 * k
                        cv.line(bx + 30, y, bx + 30, y + h, w=0.3, fill=BK)
                        if k:
                            cv.line(bx, y, bx, y + h, w=0.3, fill=BK)
                        cv.text(bx + 15, y + 8.5, lab, 3.4, font, BK, 'm')
                        cv.text(bx + 33, y + 8.5, val, 3.4, font, BK)
                else:
                    lab, val = rw[0]
                    cv.line(45, y, 45, y + h, w=0.3, fill=BK)
                    cv.text(30, y + 8.5, lab, 3.4 if len(lab) < 7 else 2.8, font, BK, 'm')
                    cv.text(48, y + 8.5, val, 3.4, font, BK)
                y += h
        cv.text(20, 270, '本信息仅供持证人办理相关事务使用。', 3, font, GR)

    return [part('a4', 210, 297, draw)]


def rp_app(F, rnd, dark):
    bgc = (18, 18, 20) if dark else (244, 245, 247)
    card = (36, 36, 40) if dark else (255, 255, 255)
    fg = (235, 235, 235) if dark else (25, 25, 25)
    lab = (150, 150, 155) if dark else (135, 135, 140)
    banner = rnd.choice([(40, 110, 220), (30, 150, 130), (214, 72, 60)])
    H = 2340

    def draw(cv):
        cv.rect(0, 0, 1080, H, fill=bgc)
        status_bar(cv, 1080, dark, rnd)
        y = title_bar(cv, 1080, rnd.choice(['电子居住证', '上海市居住证', '我的居住证']), dark)
        cv.rect(40, y + 40, 1040, y + 420, fill=banner, r=36)
        cv.text(90, y + 130, '上海市居住证', 44, 'hei', (255, 255, 255))
        cv.text(90, y + 270, F['name'], 96, 'noto_sans_b', (255, 255, 255))
        cv.text(90, y + 360, '有效期至 ' + fdate(F['valid_until'], 'iso'), 36, 'hei', (235, 240, 255))
        cv.rect(790, y + 110, 990, y + 310, fill=(255, 255, 255), r=12)
        for i in range(8):
            for j in range(8):
                if (i * 7 + j * 3 + len(F['name'])) % 3:
                    cv.rect(810 + i * 20, y + 130 + j * 20, 828 + i * 20, y + 148 + j * 20, fill=(20, 20, 20))
        y += 470
        rows = [('姓名', F['name']), ('证件号码', F['id_number']), ('户籍地址', F['hukou_address']),
                ('居住地址', F['residence_address']), ('签注日期', fdate(F['issue_date'], 'iso')),
                ('有效期限', '%s 至 %s' % (fdate(F['valid_from'], 'dot'), fdate(F['valid_until'], 'dot')))]
        cv.rect(40, y, 1040, y + 1050, fill=card, r=30)
        kv_rows(cv, 80, 1000, y + 10, rows, 42, 'noto_sans', lab, fg, sep_col=(60, 60, 64) if dark else (235, 235, 238),
                label_w=300, pad=40)
        cv.text(540, H - 120, '出示时请勿截图转发', 34, 'hei', lab, 'm')

    return [part('screen', 1080, H, draw)]


# ---------------------------------------------------------------- 户口簿
def hh_cover(F, rnd, hand):
    vf = rnd.choice(['kai', 'wenkai', 'kaiti']) if hand else rnd.choice(['song', 'sungti', 'hei'])
    bg = rnd.choice([(246, 240, 226), (240, 236, 232), (250, 246, 236)])
    seal_ring = F['_police'] + '户口专用章'

    def draw(cv):
        cv.rect(0, 0, 105, 143, fill=bg)
        cv.text(52.5, 14, '户 口 簿', 6, 'song', BK, 'm', spacing=0)
        y = 24
        cv.rect(6, y, 99, y + 96, outline=BK, w=0.35)
        cv.line(6, y + 14, 99, y + 14, w=0.25, fill=BK)
        cv.line(6, y + 28, 99, y + 28, w=0.25, fill=BK)
        cv.line(6, y + 58, 99, y + 58, w=0.25, fill=BK)
        cv.line(24, y, 24, y + 58, w=0.25, fill=BK)
        cv.line(52, y, 52, y + 14, w=0.25, fill=BK)
        cv.line(70, y, 70, y + 14, w=0.25, fill=BK)
        cv.text(15, y + 9, '户 别', 3, 'song', BK, 'm')
        cv.text(38, y + 9.3, F['household_type'], 3.6, vf, BK, 'm')
        cv.text(61, y + 9, '户主姓名', 3, 'song', BK, 'm')
        cv.text(84.5, y + 9.3, F['head_name'], 3.8, vf, BK, 'm')
        cv.text(15, y + 23, '户 号', 3, 'song', BK, 'm')
        cv.text(28, y + 23.3, F['household_number'], 3.6, vf, BK)
        cv.text(15, y + 45, '住 址', 3, 'song', BK, 'm')
        yy = y + 36
        for ln in cv.wrap(F['address'], 3.6, vf, 70):
            cv.text(27, yy, ln, 3.6, vf, BK)
            yy += 6.5
        cv.text(52.5, y + 66, '户口登记机关和户口专用章', 2.6, 'song', GR, 'm')
        cv.text(12, y + 88, '承办人签章：', 2.8, 'song', BK)
        cv.text(38, y + 88.5, F['_clerk'], 3.6, 'kai', BK)
        d = D(F['issue_date'])
        cv.text(12, 134, '签发日期：', 2.8, 'song', BK)
        cv.text(32, 134, '%d 年 %d 月 %d 日' % (d.year, d.month, d.day), 3.4, vf, BK)
        cv.seal(70, y + 74, 15, seal_ring, alpha=150)

    return [part('booklet', 105, 143, draw)]


MEMBER_CELLS = ['姓名', '户主或与户主关系', '曾用名', '性别', '出生地', '民族', '籍贯', '出生日期',
                '本市(县)其他住址', '宗教信仰', '公民身份证件编号', '身高', '血型', '文化程度', '婚姻状况',
                '兵役状况', '服务处所', '职业', '何时由何地迁来本市(县)', '何时由何地迁来本址']


def hh_member(F, rnd, hand):
    vf = rnd.choice(['kai', 'wenkai', 'kaiti', 'wenkai_l']) if hand else rnd.choice(['song', 'sungti', 'hei'])
    bg = rnd.choice([(246, 240, 226), (242, 238, 230), (250, 247, 240)])
    dstyle = rnd.choice(['cn', 'cn0'])
    b = D(F['birth_date'])
    vals = {'姓名': F['name'], '户主或与户主关系': F['relation_to_head'], '性别': F['sex'],
            '出生地': F['birthplace'], '民族': F['ethnicity'], '籍贯': F['native_place'],
            '出生日期': fdate(F['birth_date'], dstyle), '公民身份证件编号': F['id_number'],
            '文化程度': F['education'], '婚姻状况': F['marital_status'], '服务处所': F.get('employer', ''),
            '身高': '%d' % F['_height'], '血型': F['_blood'], '兵役状况': F['_army'], '职业': F['_job'],
            '何时由何地迁来本市(县)': F['_moved'], '宗教信仰': '', '曾用名': '', '本市(县)其他住址': '',
            '何时由何地迁来本址': ''}
    seal_ring = F['_police'] + '户口专用章'

    def draw(cv):
        cv.rect(0, 0, 105, 143, fill=bg)
        cv.text(52.5, 11, '常住人口登记卡', 5, 'song', BK, 'm', spacing=0.6)
        x0, x1 = 5, 100
        y = 16
        rows = [('姓名', '户主或与户主关系'), ('曾用名', '性别'), ('出生地', '民族'), ('籍贯', '出生日期'),
                ('本市(县)其他住址',), ('宗教信仰', '公民身份证件编号'), ('身高', '血型'),
                ('文化程度', '婚姻状况'), ('兵役状况',), ('服务处所', '职业'), ('何时由何地迁来本市(县)',),
                ('何时由何地迁来本址',)]
        rh = 9.2
        for rw in rows:
            cv.rect(x0, y, x1, y + rh, outline=BK, w=0.25)
            if len(rw) == 2:
                segs = [(x0, 17, 50), (50, 70 if len(rw[1]) > 4 else 64, x1)]
            else:
                segs = [(x0, 38 if len(rw[0]) > 6 else 22, x1)]
            for (a, b2, c), lab in zip(segs, rw):
                cv.line(b2, y, b2, y + rh, w=0.2, fill=BK)
                if a != x0:
                    cv.line(a, y, a, y + rh, w=0.2, fill=BK)
                sz = 2.3 if len(lab) <= 4 else 1.8
                lines = cv.wrap(lab, sz, 'song', b2 - a - 1)
                for i, ln in enumerate(lines):
                    cv.text((a + b2) / 2, y + rh / 2 + 0.8 - (len(lines) - 1) * 1.3 + i * 2.6, ln, sz, 'song', BK, 'm')
                v = vals[lab]
                vs = 3.3 if cv.width(v, 3.3, vf) < c - b2 - 2 else 2.6
                vl = cv.wrap(v, vs, vf, c - b2 - 2)
                for i, ln in enumerate(vl[:2]):
                    cv.text(b2 + 1.2, y + rh / 2 + 1.2 - (len(vl[:2]) - 1) * 1.6 + i * 3.2, ln, vs, vf, BK)
            y += rh
        cv.text(8, y + 8, '承办人签章：', 2.6, 'song', BK)
        cv.text(28, y + 8.5, F['_clerk'], 3.4, 'kai', BK)
        rd = D(F['registration_date'])
        cv.text(55, y + 8, '登记日期：%d年%d月%d日' % (rd.year, rd.month, rd.day), 2.6, 'song', BK)
        cv.seal(rnd.uniform(60, 80), y - rnd.uniform(8, 20), 14, seal_ring, alpha=140)

    return [part('booklet', 105, 143, draw)]


def collective(F, rnd):
    font = rnd.choice(['song', 'sungti', 'noto_serif'])

    def draw(cv):
        cv.text(105, 40, '户 籍 证 明', 8, font, BK, 'm')
        y = 62
        body = ('兹证明%s（公民身份号码：%s）系我所辖区集体户口人员，其户籍地址为%s。' % (
            F['name'], F['id_number'], F['address']))
        y = cv.para(30, y, body, 4.6, font, 150, lead=1.9, indent=9.2)
        y = cv.para(30, y + 4, '该户口登记于%s集体户，户口簿由单位统一保管，特此证明。' % F['_unit'], 4.6, font, 150,
                    lead=1.9, indent=9.2)
        cv.text(39, y + 10, '（此证明有效期三个月）', 4, font, GR)
        cv.text(170, y + 40, F['_police'], 4.6, font, BK, 'r')
        cv.text(170, y + 52, fdate(F['issue_date'], rnd.choice(['cn', 'cnnum'])), 4.6, font, BK, 'r')
        cv.seal(150, y + 44, 20, F['_police'] + '户口专用章', alpha=160)
        cv.text(30, 270, '经办人：%s    联系电话：021-%d' % (F['_clerk'], rnd.randint(50000000, 69999999)), 3.4, font, GR)

    return [part('a4', 210, 297, draw)]


# ---------------------------------------------------------------- 劳动合同
CLAUSES = [
    '甲方根据工作需要及乙方的专业、特长，安排乙方从事相关岗位工作。乙方应按照甲方的要求，按时完成规定的工作数量，达到规定的质量标准。',
    '甲方实行标准工时制度。乙方每日工作时间不超过八小时，每周工作时间不超过四十小时。甲方因工作需要安排乙方延长工作时间的，应依法支付加班工资或安排补休。',
    '甲方应当每月以货币形式按时足额支付乙方工资，不得克扣或者无故拖欠乙方的工资。乙方的工资构成和标准按甲方依法制定的薪酬制度执行。',
    '甲方应当依法为乙方办理社会保险手续，按时缴纳各项社会保险费。乙方个人应缴纳的部分由甲方在乙方工资中代扣代缴。',
    '甲方应为乙方提供符合国家规定的劳动安全卫生条件和必要的劳动防护用品。乙方应严格遵守安全操作规程，防止劳动过程中的事故。',
    '乙方应当遵守甲方依法制定的规章制度，遵守劳动纪律和职业道德。乙方违反甲方规章制度的，甲方可依照规定予以处理。',
    '乙方对在工作中知悉的甲方商业秘密负有保密义务，未经甲方书面同意，不得向任何第三方披露。乙方的财产及个人信息受法律保护。',
    '经甲乙双方协商一致，可以变更本合同约定的内容。变更劳动合同，应当采用书面形式。',
    '有下列情形之一的，甲方可以解除本合同：（一）乙方在试用期间被证明不符合录用条件的；（二）乙方严重违反甲方规章制度的。',
    '本合同期满或者双方约定的终止条件出现，本合同即行终止。甲方应当在解除或者终止本合同时出具解除或者终止劳动合同的证明。',
    '因履行本合同发生的劳动争议，双方可以协商解决；协商不成的，可以向劳动争议仲裁委员会申请仲裁。',
    '本合同未尽事宜，按国家和本市有关规定执行。本合同一式两份，甲乙双方各执一份，具有同等法律效力。',
]
TERM_WORDS = {1: '一', 2: '两', 3: '三', 4: '四', 5: '五', 6: '六'}


def contract(F, rnd, layout, n_body=None, electronic=False):
    font = rnd.choice(['song', 'sungti', 'noto_serif', 'hei', 'wenkai_l'])
    emp_print = fullwidth(F['employer']) if rnd.random() < 0.5 else F['employer']
    sd, ed = F['start_date'], F['end_date']
    hand = rnd.choice(['kai', 'wenkai', 'kaiti'])
    dsty = rnd.choice(['cnsp', 'cn'])
    n_body = n_body if n_body is not None else rnd.randint(1, 4)
    has_p2 = layout == 'shanghai_model'
    total = 1 + has_p2 + n_body + 1
    pages = []
    numbering = rnd.choice(['cn', 'dash', 'none'])
    ecn = rnd.randint(0, 10 ** 8 - 1)

    def pno(cv, i):
        if electronic:
            cv.text(10, 10, '电子劳动合同  合同编号：EC%s%08d' % (sd[:4].replace('-', ''), ecn), 2.6, 'hei', GR)
            cv.text(200, 10, '签署平台：上海市电子劳动合同信息服务平台', 2.6, 'hei', GR, 'r')
            cv.text(105, 292, '第 %d 页 / 共 %d 页    本合同经双方电子签名，与纸质合同具有同等法律效力' % (i, total), 2.6,
                    'hei', GR, 'm')
            return
        if numbering == 'cn':
            cv.text(105, 285, '第 %d 页 共 %d 页' % (i, total), 3, font, GR, 'm')
        elif numbering == 'dash':
            cv.text(105, 285, '- %d -' % i, 3, font, GR, 'm')

    def d_(s):
        d = D(s)
        if dsty == 'cnsp':
            return '%d 年 %d 月 %d 日' % (d.year, d.month, d.day)
        return '%d年%d月%d日' % (d.year, d.month, d.day)

    def fill_line(cv, x, y, label, value, size=4.4, vfont=None, width=100):
        cv.text(x, y, label, size, font, BK)
        lx = x + cv.width(label, size, font)
        cv.line(lx, y + 1.2, lx + width, y + 1.2, w=0.25, fill=BK)
        cv.text(lx + 3, y - 0.3, value, size, vfont or font, BK)

    if layout == 'renewal':
        def p1(cv):
            cv.text(105, 35, '劳动合同续订书', 7, font, BK, 'm')
            y = 55
            fill_line(cv, 25, y, '甲方（用人单位）：', emp_print, width=110)
            fill_line(cv, 25, y + 12, '乙方（劳动者）：', F['employee_name'], width=60)
            fill_line(cv, 25, y + 24, '乙方公民身份号码：', F['employee_id_number'], width=80)
            y += 42
            y = cv.para(25, y, '甲乙双方于%s签订的劳动合同即将期满，经双方协商一致，同意续订劳动合同。' % F['_orig'],
                        4.4, font, 160, lead=1.9, indent=8.8)
            if F['open_ended']:
                txt = '续订劳动合同期限为无固定期限，自%s起。' % d_(sd)
            else:
                txt = '续订劳动合同期限自%s起至%s止。' % (d_(sd), d_(ed))
            y = cv.para(25, y + 3, txt, 4.4, font, 160, lead=1.9, indent=8.8)
            y = cv.para(25, y + 3, '原劳动合同其他条款继续有效。本续订书一式两份，双方各执一份。', 4.4, font, 160, lead=1.9,
                        indent=8.8)
            cv.text(25, y + 30, '甲方（盖章）', 4.4, font, BK)
            cv.text(115, y + 30, '乙方（签名）', 4.4, font, BK)
            cv.text(145, y + 31, F['employee_name'], 6, hand, (30, 30, 80))
            cv.text(25, y + 50, d_(F['signing_date']), 4.4, font, BK)
            cv.text(115, y + 50, d_(F['signing_date']), 4.4, hand, (30, 30, 80))
            cv.seal(55, y + 30, 19, F['employer'] + '合同专用章', alpha=165)
        return [part('a4', 210, 297, p1)]

    # page 1: parties
    def p1(cv):
        if layout == 'shanghai_model':
            cv.text(105, 60, '上海市劳动合同', 11, font, BK, 'm', spacing=3)
            cv.text(105, 75, '（示范文本）', 5, font, BK, 'm')
            y = 130
            fill_line(cv, 30, y, '甲方（用人单位）名称：', emp_print, width=100)
            fill_line(cv, 30, y + 14, '法定代表人（主要负责人）：', F['_rep'], width=60)
            fill_line(cv, 30, y + 28, '乙方（劳动者）姓名：', F['employee_name'], width=60)
            fill_line(cv, 30, y + 42, '公民身份号码：', F['employee_id_number'], width=80)
            fill_line(cv, 30, y + 56, '户籍地址：', F['_hukou'], size=3.8, width=120)
            cv.text(105, 250, '上海市人力资源和社会保障局制', 4, font, BK, 'm')
        else:
            cv.text(105, 32, rnd.choice(['劳 动 合 同 书', '劳动合同', '聘用合同']), 8, font, BK, 'm')
            cv.text(175, 44, '合同编号：HT%s%04d' % (sd[:4], rnd.randint(1, 9999)), 3.2, font, GR, 'r')
            y = 52
            rows = [('甲方', '名称', emp_print), ('', '法定代表人', F['_rep']), ('', '地址', F['_co_addr']),
                    ('乙方', '姓名', F['employee_name']), ('', '身份证号码', F['employee_id_number']),
                    ('', '住址', F['_res'])]
            for a, b_, c in rows:
                cv.rect(25, y, 185, y + 12, outline=BK, w=0.3)
                cv.line(45, y, 45, y + 12, w=0.3, fill=BK)
                cv.line(75, y, 75, y + 12, w=0.3, fill=BK)
                cv.text(35, y + 7.5, a, 4, font, BK, 'm')
                cv.text(60, y + 7.5, b_, 3.8, font, BK, 'm')
                sz = 3.8 if cv.width(c, 3.8, font) < 105 else 3.0
                cv.text(78, y + 7.5, c, sz, font, BK)
                y += 12
            y += 10
            y = cv.para(25, y, '根据《中华人民共和国劳动合同法》及有关法律法规规定，甲乙双方遵循合法、公平、平等自愿、'
                                '协商一致、诚实信用的原则，订立本合同。', 4.2, font, 160, lead=1.9, indent=8.4)
            if layout == 'company_table':
                y += 6
                cv.text(25, y, '第一条  合同期限', 4.4, font, BK)
                y += 9
                if F['open_ended']:
                    txt = '本合同为无固定期限劳动合同，自%s起履行。' % d_(sd)
                else:
                    yrs = round((D(ed) - D(sd)).days / 365.25)
                    txt = '本合同期限为%s年，自%s起至%s止。' % (TERM_WORDS.get(yrs, str(yrs)), d_(sd), d_(ed))
                y = cv.para(25, y, txt + '其中试用期自%s起至%s止。' % (d_(sd), d_(F['_prob_end'])), 4.2, font, 160,
                            lead=1.9, indent=8.4)
        pno(cv, 1)

    pages.append(part('a4', 210, 297, p1))

    def p2(cv):
        y = 30
        cv.text(25, y, '一、劳动合同期限' if layout == 'shanghai_model' else '第二条  工作内容和工作地点', 4.6, font, BK)
        y += 12
        if layout == 'shanghai_model':
            cv.text(25, y, '甲、乙双方选择以下第', 4.2, font, BK)
            cv.text(25 + cv.width('甲、乙双方选择以下第', 4.2, font) + 2, y, '%s' % ('二' if F['open_ended'] else '一'),
                    4.6, hand, BK)
            cv.text(25 + cv.width('甲、乙双方选择以下第', 4.2, font) + 8, y, '种形式确定本合同期限：', 4.2, font, BK)
            y += 12
            cv.checkbox(28, y, 4.6, not F['open_ended'])
            cv.text(35, y, '（一）固定期限：自', 4.2, font, BK)
            if not F['open_ended']:
                d1, d2 = D(sd), D(ed)
                xx = 35 + cv.width('（一）固定期限：自', 4.2, font)
                segs = [(str(d1.year), '年'), (str(d1.month), '月'), (str(d1.day), '日起至'), (str(d2.year), '年'),
                        (str(d2.month), '月'), (str(d2.day), '日止。')]
                for v, t in segs:
                    cv.line(xx, y + 1.2, xx + 12, y + 1.2, w=0.2, fill=BK)
                    cv.text(xx + 6, y - 0.3, v, 4.4, hand, (30, 30, 90), 'm')
                    xx += 13
                    cv.text(xx, y, t, 4.2, font, BK)
                    xx += cv.width(t, 4.2, font) + 1
            else:
                cv.text(35 + cv.width('（一）固定期限：自', 4.2, font), y, '____年__月__日起至____年__月__日止。', 4.2, font, BK)
            y += 12
            cv.checkbox(28, y, 4.6, F['open_ended'])
            txt = '（二）无固定期限：自'
            cv.text(35, y, txt, 4.2, font, BK)
            xx = 35 + cv.width(txt, 4.2, font)
            if F['open_ended']:
                cv.text(xx + 2, y - 0.3, d_(sd), 4.4, hand, (30, 30, 90))
                cv.text(xx + 48, y, '起。', 4.2, font, BK)
            else:
                cv.text(xx, y, '____年__月__日起。', 4.2, font, BK)
            y += 12
            cv.checkbox(28, y, 4.6, False)
            cv.text(35, y, '（三）以完成一定工作任务为期限：自____年__月__日起至工作任务完成时止。', 4.2, font, BK)
            y += 14
            y = cv.para(25, y, '其中试用期自%s起至%s止。试用期包括在劳动合同期限内。' % (d_(sd), d_(F['_prob_end'])),
                        4.2, font, 160, lead=1.9, indent=8.4)
            y += 6
            cv.text(25, y, '二、工作内容和工作地点', 4.6, font, BK)
            y += 10
        y = cv.para(25, y, '乙方同意根据甲方工作需要，担任%s岗位工作，工作地点为上海市。' % F['_job'], 4.2, font, 160,
                    lead=1.9, indent=8.4)
        for c in CLAUSES[:2]:
            y = cv.para(25, y + 3, c, 4.2, font, 160, lead=1.9, indent=8.4)
        pno(cv, 2)

    if has_p2:
        pages.append(part('a4', 210, 297, p2))
    for k in range(n_body):
        def pb(cv, k=k):
            y = 30
            n = 0
            for j in range(4):
                c = CLAUSES[(2 + k * 4 + j) % len(CLAUSES)]
                cv.text(25, y, '第%s条' % '一二三四五六七八九十'[min(9, 2 + k * 4 + j)], 4.4, font, BK)
                y = cv.para(25, y + 9, c, 4.2, font, 160, lead=1.9, indent=8.4) + 6
                n += 1
            pno(cv, 2 + has_p2 + k)

        pages.append(part('a4', 210, 297, pb))

    def plast(cv):
        y = 40
        cv.para(25, y, '（以下无正文，为签字盖章页）', 4.2, font, 160)
        y = 90
        cv.text(25, y, '甲方（盖章）：', 4.4, font, BK)
        cv.text(115, y, '乙方（签名）：', 4.4, font, BK)
        cv.text(150, y + 1, F['employee_name'], 7, hand, (25, 25, 80))
        cv.text(25, y + 22, '法定代表人或委托代理人（签名）：', 3.8, font, BK)
        cv.text(90, y + 23, F['_rep'], 6, hand, (25, 25, 80))
        cv.text(25, y + 45, '签订日期：' + d_(F['signing_date']), 4.2, font, BK)
        cv.text(115, y + 45, '签订日期：', 4.2, font, BK)
        cv.text(138, y + 46, fdate(F['signing_date'], 'dot'), 5, hand, (25, 25, 80))
        cv.seal(62, y + 8, 19, F['employer'] + ('合同专用章' if rnd.random() < 0.4 else ''), alpha=165)
        pno(cv, total)

    pages.append(part('a4', 210, 297, plast))
    return pages


# ---------------------------------------------------------------- 个人所得税
def tax_national(F, rows, rnd):
    """text-layer PDF from the app; several pages"""
    font = rnd.choice(['song', 'hei', 'sungti'])
    pstyle = rnd.choice(['range_iso', 'range_dot', 'range_cn'])
    with_code = rnd.random() < 0.5
    code_before = rnd.random() < 0.5
    sep = rnd.random() < 0.5
    office = '国家税务总局上海市%s税务局' % F['_taxdist']
    per_page = rnd.choice([9, 11, 13])
    chunks = [rows[i:i + per_page] for i in range(0, len(rows), per_page)] or [[]]
    repeat_head = rnd.random() < 0.6
    parts = []
    cols = [('申报日期', 20), ('实缴(退)金额', 20), ('入(退)库日期', 20), ('所得项目', 22), ('税款所属期', 30),
            ('入库税务机关', 33), ('备注', 36)]
    total = sum(float(r['amount']) for r in rows)
    vcode = ''.join(rnd.choice('ABCDEFGHJKLMNPQRSTUVWXYZ23456789') for _ in range(16))
    colmaj = rnd.random() < 0.3

    def bz(r):
        if not with_code:
            return '扣缴义务人：' + r['withholding_agent']
        c = r['_agent_code']
        return ('扣缴义务人：%s %s' % (c, r['withholding_agent'])) if code_before else \
            ('扣缴义务人：%s（%s）' % (r['withholding_agent'], c))

    for pi, ch in enumerate(chunks):
        def draw(cv, pi=pi, ch=ch):
            y = 18
            if pi == 0:
                cv.text(105, 22, '中华人民共和国', 6, font, BK, 'm')
                cv.text(105, 32, '个人所得税纳税记录', 6, font, BK, 'm')
                cv.text(105, 39, '(原《税收完税证明》)', 3.6, font, BK, 'm')
                cv.text(200, 46, 'No. %s' % F['_no'], 3, font, BK, 'r')
                y = 52
                cv.text(10, y, '纳税人名称：%s' % F['name'], 3.4, font, BK)
                cv.text(105, y, '纳税人识别号：%s' % F['id_number'], 3.4, font, BK)
                y += 7
                cv.text(10, y, '记录期间：%s-%s' % (F['_from'], F['_to']), 3.4, font, BK)
                cv.text(105, y, '开具日期：%s' % fdate(F['issue_date'], 'cn0'), 3.4, font, BK)
                y += 5
            if pi == 0 or repeat_head:
                hdr = 1
            else:
                hdr = 0
            body = [[fdate(r['_decl'], 'iso'), money(r['amount'], sep), fdate(r['_paid'], 'iso'), r['_item'],
                     fperiod(r['period'], pstyle), office, bz(r)] for r in ch]
            y = table(cv, 5, y, cols, body, 2.7, font, ruled=True, head_rows=hdr, lead=2.2, col_major=colmaj)
            if pi == len(chunks) - 1:
                y = table(cv, 5, y, cols, [['合计', money(total, sep), '', '', '', '', '']], 2.7, font,
                          head_rows=0, lead=2.2)
                y += 8
                cv.para(10, y, '说明：1.本记录涉及纳税人敏感信息，不得以任何形式向他人泄露。2.本记录中的税款所属期、'
                               '入(退)库日期等信息以税务机关征收系统记录为准。', 3, font, 190, lead=1.7)
                cv.text(10, 270, '查询验证码：%s' % vcode, 3.2, font, BK)
                cv.seal(165, 250, 18, '国家税务总局上海市%s税务局' % F['_taxdist'], '征税专用章', alpha=180)
            cv.text(105, 290, '第%d页/共%d页' % (pi + 1, len(chunks)), 2.8, font, GR, 'm')

        parts.append(part('a4', 210, 297, draw, fine=True))
    return parts


def tax_web(F, rows, rnd):
    """电子税务局 收入纳税明细查询 printed from a browser to PDF"""
    font = rnd.choice(['hei', 'noto_sans', 'song'])
    mstyle = rnd.choice(['cn', 'iso', 'compact', 'cn0'])
    sep = rnd.random() < 0.6
    per_page = rnd.choice([5, 7, 9, 12])
    chunks = [rows[i:i + per_page] for i in range(0, len(rows), per_page)]
    repeat_head = rnd.random() < 0.5
    ruled = rnd.random() < 0.6
    stamp = '%s %02d:%02d' % (fdate(F['issue_date'], 'slash'), rnd.randint(8, 21), rnd.randint(0, 59))
    url = 'https://etax.chinatax.gov.cn/web/isp/srnsmx/query?t=%d' % rnd.randint(10 ** 9, 10 ** 10)
    cols = [('序号', 12), ('所得项目小类', 28), ('所得期间', 24), ('扣缴义务人', 56), ('收入', 24), ('已申报税额', 26)]
    parts = []
    for pi, ch in enumerate(chunks):
        def draw(cv, pi=pi, ch=ch):
            cv.text(8, 8, stamp, 2.6, 'hei', BK)
            cv.text(105, 8, '自然人电子税务局', 2.6, 'hei', BK, 'm')
            y = 20
            if pi == 0:
                cv.rect(12, 14, 198, 26, fill=(30, 90, 170))
                cv.text(18, 22, '个人所得税 · 收入纳税明细查询', 4, font, (255, 255, 255))
                y = 36
                cv.text(14, y, '纳税人姓名：%s' % F['name'], 3.3, font, BK)
                cv.text(90, y, '证件号码：%s' % F['id_number'], 3.3, font, BK)
                y += 7
                cv.text(14, y, '查询期间：%s 至 %s' % (fmonth(rows[0]['period'], 'cn0'),
                                                  fmonth(rows[-1]['period'], 'cn0')), 3.3, font, BK)
                cv.text(120, y, '收入合计：%s元' % money(sum(float(r['_income']) for r in rows), sep), 3.3, font, BK)
                y += 5
            body = [[str(rows.index(r) + 1), r['_item'], fmonth(r['period'], mstyle), r['withholding_agent'],
                     money(r['_income'], sep), money(r['amount'], sep)] for r in ch]
            table(cv, 12, y, cols, body, 2.8, font, ruled=ruled, head_rows=1 if (pi == 0 or repeat_head) else 0,
                  head_fill=(235, 240, 248), aligns=['m', 'm', 'm', 'l', 'r', 'r'], lead=2.3)
            cv.text(8, 291, url, 2.4, 'hei', BK)
            cv.text(202, 291, '%d/%d' % (pi + 1, len(chunks)), 2.6, 'hei', BK, 'r')

        parts.append(part('a4', 210, 297, draw, fine=True))
    return parts


def tax_app(F, rows, rnd, dark, mode):
    """收入纳税明细 list screenshots; mode 'long' (one stitched screenshot) or 'split'"""
    bgc = (16, 16, 18) if dark else (243, 244, 246)
    card = (34, 34, 38) if dark else (255, 255, 255)
    fg = (232, 232, 232) if dark else (28, 28, 28)
    lab = (145, 145, 150) if dark else (130, 130, 135)
    acc = (80, 150, 255) if dark else (24, 110, 230)
    mstyle = rnd.choice(['cn0', 'iso', 'cn'])
    sep = rnd.random() < 0.5
    card_h = 330
    rows_desc = list(reversed(rows))
    head_h = 560

    def draw_list(cv, H, sub, first):
        cv.rect(0, 0, 1080, H, fill=bgc)
        status_bar(cv, 1080, dark, rnd)
        y = title_bar(cv, 1080, '收入纳税明细', dark)
        if first:
            cv.rect(30, y + 20, 1050, y + 430, fill=card, r=28)
            cv.text(70, y + 95, '%s  %s' % (F['name'], F['id_number']), 40, 'noto_sans', fg)
            cv.text(70, y + 170, '收入合计(元)', 34, 'hei', lab)
            cv.text(70, y + 250, money(sum(float(r['_income']) for r in rows), True), 62, 'noto_sans_b', fg)
            cv.text(600, y + 170, '已申报税额合计(元)', 34, 'hei', lab)
            cv.text(600, y + 250, money(sum(float(r['amount']) for r in rows), True), 62, 'noto_sans_b', fg)
            cv.text(70, y + 350, '所得类型：全部    %s - %s' % (fmonth(rows[0]['period'], 'dot'),
                                                         fmonth(rows[-1]['period'], 'dot')), 32, 'hei', lab)
            y += head_h - 90
        for r in sub:
            cv.rect(30, y + 10, 1050, y + card_h - 10, fill=card, r=24)
            cv.text(70, y + 80, fmonth(r['period'], mstyle), 44, 'noto_sans_b', fg)
            cv.text(1010, y + 80, r['_item'], 38, 'hei', acc, 'r')
            cv.text(70, y + 150, '扣缴义务人', 34, 'hei', lab)
            ln = cv.wrap(r['withholding_agent'], 36, 'noto_sans', 640)
            yy = y + 150
            for l_ in ln:
                cv.text(1010, yy, l_, 36, 'noto_sans', fg, 'r')
                yy += 46
            cv.text(70, y + 245, '收入 %s' % money(r['_income'], sep), 34, 'hei', lab)
            cv.text(1010, y + 245, '已申报税额 %s' % money(r['amount'], sep), 36, 'noto_sans', fg, 'r')
            y += card_h

    parts = []
    if mode == 'long':
        H = 300 + head_h + card_h * len(rows_desc) + 100
        parts.append(part('screen', 1080, H, lambda cv: draw_list(cv, H, rows_desc, True)))
    else:
        n1 = 5
        chunks = [rows_desc[:n1]] + [rows_desc[i:i + 6] for i in range(n1, len(rows_desc), 6)]
        for k, ch in enumerate(chunks):
            H = 2340
            parts.append(part('screen', 1080, H, lambda cv, ch=ch, k=k: draw_list(cv, H, ch, k == 0)))
    return parts


def tax_app_detail(F, r, rnd, dark):
    bgc = (16, 16, 18) if dark else (243, 244, 246)
    card = (34, 34, 38) if dark else (255, 255, 255)
    fg = (232, 232, 232) if dark else (28, 28, 28)
    lab = (145, 145, 150) if dark else (130, 130, 135)

    def draw(cv):
        cv.rect(0, 0, 1080, 2340, fill=bgc)
        status_bar(cv, 1080, dark, rnd)
        y = title_bar(cv, 1080, '详情', dark)
        cv.rect(30, y + 30, 1050, y + 330, fill=card, r=28)
        cv.text(540, y + 130, '已申报税额(元)', 36, 'hei', lab, 'm')
        cv.text(540, y + 240, money(r['amount'], True), 80, 'noto_sans_b', fg, 'm')
        y += 370
        cv.rect(30, y, 1050, y + 1000, fill=card, r=28)
        rows = [('纳税人', F['name']), ('证件号码', F['id_number']), ('所得项目', r['_item']),
                ('所得期间', fmonth(r['period'], 'cn0')), ('扣缴义务人', r['withholding_agent']),
                ('扣缴义务人纳税人识别号', r['_agent_code']), ('收入', money(r['_income'], True)),
                ('申报渠道', '扣缴申报'), ('申报日期', fdate(r['_decl'], 'iso'))]
        kv_rows(cv, 70, 1010, y + 10, rows, 38, 'noto_sans', lab, fg, label_w=430, pad=34)

    return part('screen', 1080, 2340, draw)


def tax_old(F, rows, rnd):
    """older 税收完税证明 form (image)"""
    font = rnd.choice(['song', 'sungti'])
    agent = rows[-1]['withholding_agent']

    def draw(cv):
        cv.rect(0, 0, 210, 148, fill=(250, 246, 240))
        cv.text(105, 14, '中华人民共和国', 5, font, (150, 40, 40), 'm')
        cv.text(105, 23, '税 收 完 税 证 明', 6, font, (150, 40, 40), 'm')
        cv.text(12, 32, '填发日期：%s' % fdate(F['issue_date'], 'cn'), 3, font, BK)
        cv.text(150, 32, '税务机关：上海市%s税务局' % F['_taxdist'], 3, font, BK)
        cv.text(12, 39, '纳税人识别号  %s' % F['id_number'], 3.2, font, BK)
        cv.text(120, 39, '纳税人名称  %s' % F['name'], 3.2, font, BK)
        body = [['个人所得税', r['_item'], fperiod(r['period'], 'range_iso'), fdate(r['_paid'], 'iso'),
                 money(r['amount'])] for r in rows]
        y = table(cv, 10, 43, [('税种', 28), ('品目名称', 30), ('税款所属时期', 56), ('入(退)库日期', 34),
                               ('实缴(退)金额', 42)], body, 2.8, font, lead=1.9)
        y = table(cv, 10, y, [('备注', 28), ('', 162)], [['备注', '扣缴义务人：%s' % agent]], 2.8, font, head_rows=0,
                  aligns=['m', 'l'])
        cv.seal(175, min(y + 4, 135), 14, '国家税务总局上海市%s税务局' % F['_taxdist'], '征税专用章', alpha=150)
        cv.text(12, 144, '妥善保管', 3, font, GR)

    h = max(148, 60 + 5.6 * len(rows) + 30)
    return [part('a4l', 210, 148, draw, fine=True)]


# ---------------------------------------------------------------- 社保
def si_pdf(F, rows, rnd, ranged=False):
    font = rnd.choice(['song', 'hei', 'sungti', 'noto_sans'])
    mstyle = rnd.choice(['compact', 'iso', 'cn0'])
    title = rnd.choice(['上海市社会保险个人缴费情况', '上海市社会保险参保缴费情况（个人）', '个人权益记录（社会保险）'])
    sep = rnd.random() < 0.5
    separate_bp = rnd.random() < 0.4
    normal = [r for r in rows if not r['back_payment']]
    bp = [r for r in rows if r['back_payment']]
    # grouped ranges of consecutive months with equal base/employer
    lines = []
    src = normal if separate_bp else rows
    if ranged:
        cur = None
        for r in src:
            if cur and r['employer'] == cur[0]['employer'] and r['base'] == cur[0]['base'] and \
                    r['back_payment'] == cur[0]['back_payment'] and len(cur) < 6:
                cur.append(r)
            else:
                if cur:
                    lines.append(cur)
                cur = [r]
        if cur:
            lines.append(cur)
    else:
        lines = [[r] for r in src]

    def mlabel(g):
        if len(g) == 1:
            return fmonth(g[0]['month'], mstyle)
        return '%s-%s' % (fmonth(g[0]['month'], 'compact'), fmonth(g[-1]['month'], 'compact'))

    def body(gs):
        out = []
        for g in gs:
            r = g[0]
            b = float(r['base'])
            out.append([mlabel(g), r['employer'], money(b, sep), money(b * 0.16, sep), money(b * 0.08, sep),
                        money(b * 0.02, sep), '补缴' if r['back_payment'] else '正常'])
        return out

    cols = [('缴费年月', 26), ('缴费单位', 62), ('缴费基数', 22), ('养老(单位)', 20), ('养老(个人)', 20),
            ('医疗(个人)', 20), ('缴费类型', 20)]
    per = rnd.choice([10, 14, 18, 24])
    ruled = rnd.random() < 0.6
    rep = rnd.random() < 0.5
    merged = rnd.random() < 0.5
    colmaj = rnd.random() < 0.3
    chunks = [lines[i:i + per] for i in range(0, len(lines), per)]
    parts = []
    for pi, ch in enumerate(chunks):
        last = pi == len(chunks) - 1

        def draw(cv, pi=pi, ch=ch, last=last):
            y = 20
            if pi == 0:
                cv.text(105, 22, title, 5.5, font, BK, 'm')
                y = 34
                cv.text(12, y, '姓名：%s' % F['name'], 3.4, font, BK)
                cv.text(70, y, '证件号码：%s' % F['id_number'], 3.4, font, BK)
                cv.text(150, y, '查询日期：%s' % fdate(F['_q'], 'iso'), 3.2, font, BK)
                y += 6
            y = table(cv, 5, y, cols, body(ch), 2.7, font, head_rows=1 if (pi == 0 or rep) else 0,
                      head_fill=(238, 238, 238) if ruled else None, lead=2.1, ruled=ruled,
                      merge=1 if (merged and ruled) else None, col_major=colmaj)
            if last and separate_bp and bp:
                y += 8
                cv.text(12, y, '补缴记录', 4, font, BK)
                y += 3
                y = table(cv, 5, y, cols, body([[r] for r in bp]), 2.7, font, head_rows=1, lead=2.1)
            if last:
                y += 6
                cv.text(12, y + 4, '累计缴费月数：%d个月' % len(rows), 3.2, font, BK)
                cv.text(12, 272, '本表信息仅供参考，以社保经办机构记录为准。', 3, font, GR)
                cv.seal(160, 255, 17, '上海市社会保险事业管理中心', '业务专用章', alpha=170)
            cv.text(105, 288, '%d / %d' % (pi + 1, len(chunks)), 2.8, font, GR, 'm')

        parts.append(part('a4', 210, 297, draw, fine=True))
    return parts


def si_app(F, rows, rnd, dark):
    bgc = (16, 16, 18) if dark else (242, 244, 247)
    card = (34, 34, 38) if dark else (255, 255, 255)
    fg = (232, 232, 232) if dark else (28, 28, 28)
    lab = (145, 145, 150) if dark else (130, 130, 135)
    green = (60, 190, 120)
    orange = (240, 150, 40)
    sep = rnd.random() < 0.5
    rows_desc = list(reversed(rows))
    per = 7
    chunks = [rows_desc[i:i + per] for i in range(0, len(rows_desc), per)]
    parts = []
    for k, ch in enumerate(chunks):
        def draw(cv, ch=ch, k=k):
            cv.rect(0, 0, 1080, 2340, fill=bgc)
            status_bar(cv, 1080, dark, rnd)
            y = title_bar(cv, 1080, rnd.choice(['社保缴费记录', '养老保险缴费明细', '个人参保缴费查询']), dark)
            if k == 0:
                cv.rect(0, y, 1080, y + 230, fill=(40, 110, 220))
                cv.text(60, y + 95, F['name'], 56, 'noto_sans_b', (255, 255, 255))
                cv.text(60, y + 170, '证件号码 %s' % F['id_number'], 36, 'hei', (230, 236, 255))
                y += 250
            for r in ch:
                cv.rect(30, y + 10, 1050, y + 260, fill=card, r=24)
                cv.text(70, y + 80, fmonth(r['month'], 'cn0'), 42, 'noto_sans_b', fg)
                st = '补缴' if r['back_payment'] else '已缴费'
                cv.rect(860, y + 40, 1010, y + 95, fill=orange if r['back_payment'] else green, r=14)
                cv.text(935, y + 80, st, 32, 'hei', (255, 255, 255), 'm')
                cv.text(70, y + 150, '缴费单位', 34, 'hei', lab)
                cv.text(1010, y + 150, r['employer'], 34 if len(r['employer']) < 20 else 30, 'noto_sans', fg, 'r')
                cv.text(70, y + 220, '缴费基数', 34, 'hei', lab)
                cv.text(1010, y + 220, money(r['base'], sep) + '元', 36, 'noto_sans', fg, 'r')
                y += 270

        parts.append(part('screen', 1080, 2340, draw))
    return parts


# ---------------------------------------------------------------- 学历 / 学位
def diploma(F, rnd, style):
    font = rnd.choice(['song', 'kai', 'sungti', 'noto_serif'])
    lvl_text = {'本科': '四年制本科', '专科': '三年制专科', '硕士': '硕士研究生', '博士': '博士研究生'}[F['level']]
    g = D(F['graduation_date'])
    years = {'本科': 4, '专科': 3, '硕士': 3, '博士': 4}[F['level']]
    start = '%d年9月' % (g.year - years)

    def draw(cv):
        cv.rect(0, 0, 257, 182, fill=(252, 248, 236) if style == 'classic' else (255, 255, 255))
        cv.rect(6, 6, 251, 176, outline=(170, 130, 60), w=1.2)
        cv.text(128, 32, '毕 业 证 书', 11, font, (120, 30, 30), 'm')
        portrait(cv, 25, 45, 60, 92)
        b = D(F['_birth'])
        txt = ('学生 %s，性别%s，%d年%d月%d日生，于%s至%d年%d月在本校%s专业%s学习，修完教学计划规定的全部课程，'
               '成绩合格，准予毕业。' % (F['name'], F['_sex'], b.year, b.month, b.day, start, g.year, g.month,
                                 F['major'], lvl_text))
        if style == 'classic':
            txt = txt.replace('%d年%d月%d日生' % (b.year, b.month, b.day), '%s生' % cn_date(b))
        cv.para(75, 58, txt, 5.2, font, 160, lead=2.0, indent=10.4)
        cv.text(75, 140, '校（院）长：%s' % F['_president'], 4.6, font, BK)
        cv.text(200, 140, F['school'], 5, font, BK, 'm')
        cv.text(200, 152, cn_date(g) if style == 'classic' else fdate(g, 'cn'), 4.6, font, BK, 'm')
        cv.seal(200, 140, 17, F['school'], alpha=150)
        cv.text(25, 165, '证书编号：%s' % F['_cert_no'], 3.6, font, BK)

    return [part('cert', 257, 182, draw)]


def xuexin(F, rnd):
    font = rnd.choice(['hei', 'song', 'noto_sans'])
    g = D(F['graduation_date'])
    years = {'本科': 4, '专科': 3, '硕士': 3, '博士': 4}[F['level']]

    def draw(cv):
        cv.text(105, 28, '教育部学历证书电子注册备案表', 6.2, font, BK, 'm')
        cv.text(20, 40, '更新日期：%s' % fdate(F['_upd'], 'iso'), 3, font, GR)
        cv.text(190, 40, '在线验证码：%s' % F['_vcode'], 3, font, GR, 'r')
        rows = [['姓名', F['name'], '性别', F['_sex']], ['出生日期', fdate(F['_birth'], 'iso'), '证件号码', F['_idn']],
                ['入学日期', '%d年09月01日' % (g.year - years), '毕(结)业日期', fdate(g, 'cn0')],
                ['学校名称', F['school'], '专业', F['major']],
                ['学历类别', '普通高等教育', '层次', {'本科': '本科', '专科': '专科', '硕士': '硕士研究生', '博士': '博士研究生'}[F['level']]],
                ['学习形式', F['study_mode'], '毕(结)业', '毕业'], ['证书编号', F['_cert_no'], '校(院)长姓名', F['_president']]]
        table(cv, 20, 50, [('', 30), ('', 55), ('', 30), ('', 55)], rows, 3.3, font, head_rows=0, lead=2.6,
              aligns=['m', 'l', 'm', 'l'])
        portrait(cv, 150, 140, 185, 185, (215, 215, 220))
        cv.rect(25, 150, 60, 185, outline=BK, w=0.4)
        for i in range(10):
            for j in range(10):
                if (i * 3 + j * 7 + i * j) % 3 == 0:
                    cv.rect(27 + i * 3.1, 152 + j * 3.1, 30 + i * 3.1, 155 + j * 3.1, fill=BK)
        cv.para(20, 200, '注：1.本表仅供查验学历时使用。2.可登录学信网（www.chsi.com.cn）输入在线验证码查询。', 3, font, 170)

    return [part('a4', 210, 297, draw, fine=True)]


def degree(F, rnd):
    font = rnd.choice(['song', 'kai', 'noto_serif', 'sungti'])
    g = D(F['graduation_date'])
    disc = F['_disc']

    def draw(cv):
        cv.rect(0, 0, 182, 257, fill=(250, 250, 246))
        cv.rect(8, 8, 174, 249, outline=(40, 60, 120), w=1.5)
        cv.text(91, 40, '学 士 学 位 证 书' if F['level'] == '学士' else ('%s学位证书' % F['level']), 9, font,
                (30, 40, 100), 'm')
        portrait(cv, 70, 55, 112, 105)
        b = D(F['_birth'])
        txt = ('%s，%s，%d年%d月生。在%s%s专业完成了%s学位课程的学习，成绩合格。经审核符合《中华人民共和国学位条例》的规定，'
               '授予%s%s学位。' % (F['name'], F['_sex'], b.year, b.month, F['school'], F['major'],
                              {'学士': '本科', '硕士': '硕士研究生', '博士': '博士研究生'}[F['level']], disc, F['level']))
        cv.para(25, 125, txt, 5, font, 132, lead=2.0, indent=10)
        cv.text(25, 205, '%s学位评定委员会主席' % F['school'], 4, font, BK)
        cv.text(140, 205, F['_president'], 5, 'kai', BK)
        cv.text(150, 222, cn_date(g), 4.4, font, BK, 'r')
        cv.seal(120, 212, 16, F['school'], alpha=140)
        cv.text(25, 238, '证书编号：%s' % F['_cert_no'], 3.4, font, BK)

    return [part('certp', 182, 257, draw)]


# ---------------------------------------------------------------- 结婚证
def marriage(F, rnd):
    font = rnd.choice(['song', 'hei', 'sungti'])
    vf = rnd.choice(['song', 'kai', 'hei'])

    def draw(cv):
        cv.rect(0, 0, 180, 125, fill=(250, 236, 232))
        for i in range(30):
            cv.polyline([(0, i * 4.3), (180, i * 4.3 + 6)], w=0.08, fill=(235, 200, 195))
        cv.rect(95, 10, 170, 55, fill=(200, 50, 50))
        portrait(cv, 112, 14, 132, 55, (240, 220, 215))
        portrait(cv, 132, 14, 152, 55, (235, 215, 210))
        y = 16
        for lab, val in (('持证人', F['holder_name']), ('登记日期', fdate(F['registration_date'], 'cn')),
                         ('结婚证字号', F['_no'])):
            cv.text(10, y, lab, 3.3, font, (120, 60, 60))
            cv.text(35, y, val, 3.6, vf, BK)
            y += 10
        cv.text(10, y + 6, '备注', 3.3, font, (120, 60, 60))
        y = 68
        for who in (F['_holder'], F['_spouse']):
            cv.text(10, y, '姓名', 3.1, font, (120, 60, 60))
            cv.text(25, y, who['name'], 3.5, vf, BK)
            cv.text(60, y, '性别', 3.1, font, (120, 60, 60))
            cv.text(72, y, who['sex'], 3.5, vf, BK)
            cv.text(95, y, '国籍', 3.1, font, (120, 60, 60))
            cv.text(107, y, '中国', 3.5, vf, BK)
            y += 8
            cv.text(10, y, '出生日期', 3.1, font, (120, 60, 60))
            cv.text(30, y, fdate(who['birth'], 'iso'), 3.5, vf, BK)
            y += 8
            cv.text(10, y, '身份证件号', 3.1, font, (120, 60, 60))
            cv.text(33, y, who['id'], 3.5, 'mono', BK)
            y += 12
        cv.seal(150, 100, 15, '%s民政局婚姻登记专用章' % F['_bureau'], alpha=150)

    return [part('cert', 180, 125, draw)]


# ---------------------------------------------------------------- 不是材料的页
def receipt(rnd, when):
    items = [('矿泉水550ml', 2.0), ('全麦面包', 8.5), ('牛奶250ml', 4.2), ('A4复印纸', 25.0), ('文件袋', 3.5),
             ('签字笔', 6.0), ('纸巾', 12.9)]

    def draw(cv):
        cv.rect(0, 0, 80, 150, fill=(250, 250, 248))
        cv.text(40, 10, rnd.choice(['好德便利', '联华超市', '全家便利店']), 4.5, 'hei', BK, 'm')
        cv.text(5, 18, '门店：%d   收银员：%03d' % (rnd.randint(1000, 9999), rnd.randint(1, 200)), 2.5, 'hei', BK)
        cv.text(5, 23, '时间：%s %02d:%02d' % (fdate(when, 'iso'), rnd.randint(7, 22), rnd.randint(0, 59)), 2.5,
                'hei', BK)
        cv.line(5, 26, 75, 26, w=0.2, fill=BK)
        y = 32
        tot = 0
        for n, p in rnd.sample(items, 4):
            q = rnd.randint(1, 3)
            cv.text(5, y, n, 2.8, 'hei', BK)
            cv.text(75, y, '%d x %.2f' % (q, p), 2.8, 'hei', BK, 'r')
            tot += q * p
            y += 6
        cv.line(5, y, 75, y, w=0.2, fill=BK)
        cv.text(5, y + 7, '合计', 3.2, 'hei', BK)
        cv.text(75, y + 7, '%.2f' % tot, 3.2, 'hei', BK, 'r')
        cv.text(5, y + 14, '支付方式：微信支付', 2.6, 'hei', BK)
        cv.text(40, y + 30, '谢谢惠顾 欢迎再次光临', 2.6, 'hei', BK, 'm')

    return [part('receipt', 80, 150, draw)]


def rental(rnd, person_name, addr):
    font = rnd.choice(['song', 'hei'])

    def draw(cv):
        cv.text(105, 30, '上海市住房租赁合同', 7, font, BK, 'm')
        y = 50
        for ln in ['出租人（甲方）：%s' % rnd.choice(['王建国', '陈美华', '刘志强']),
                   '承租人（乙方）：%s' % person_name, '房屋坐落：%s' % addr,
                   '租赁期限：自%d年%d月1日起至%d年%d月1日止。' % (2025, rnd.randint(1, 12), 2026, rnd.randint(1, 12)),
                   '月租金：人民币%d元整，按季支付。' % rnd.choice([3800, 4500, 5200, 6800])]:
            cv.text(25, y, ln, 4.2, font, BK)
            y += 11
        y += 6
        for c in ['甲方应保证出租房屋符合安全条件。乙方应合理使用房屋，不得擅自改变房屋结构。',
                  '租赁期内，乙方应按时支付租金及水、电、燃气等费用。', '租赁期满，乙方应将房屋完好返还甲方。']:
            y = cv.para(25, y, c, 4.2, font, 160, lead=1.9, indent=8.4) + 3

    return [part('a4', 210, 297, draw)]


def blank(rnd):
    def draw(cv):
        cv.rect(0, 0, 210, 297, fill=rnd.choice([(252, 252, 250), (245, 243, 238)]))

    return [part('a4', 210, 297, draw)]
