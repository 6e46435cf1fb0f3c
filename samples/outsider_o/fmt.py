import datetime as dt
from .data import cn_date


def D(s):
    return dt.date.fromisoformat(s) if isinstance(s, str) else s


def fdate(s, style):
    d = D(s)
    if style == 'iso':
        return d.isoformat()
    if style == 'dot':
        return '%04d.%02d.%02d' % (d.year, d.month, d.day)
    if style == 'slash':
        return '%04d/%02d/%02d' % (d.year, d.month, d.day)
    if style == 'cn':
        return '%d年%d月%d日' % (d.year, d.month, d.day)
    if style == 'cn0':
        return '%04d年%02d月%02d日' % (d.year, d.month, d.day)
    if style == 'cnsp':
        return '%d 年 %d 月 %d 日' % (d.year, d.month, d.day)
    if style == 'cnnum':
        return cn_date(d)
    if style == 'compact':
        return d.strftime('%Y%m%d')
    raise ValueError(style)


def fmonth(m, style):
    y, mo = m.split('-')
    if style == 'iso':
        return m
    if style == 'cn':
        return '%s年%d月' % (y, int(mo))
    if style == 'cn0':
        return '%s年%s月' % (y, mo)
    if style == 'compact':
        return y + mo
    if style == 'dot':
        return '%s.%s' % (y, mo)
    if style == 'slash':
        return '%s/%s' % (y, mo)
    raise ValueError(style)


def fperiod(m, style):
    """税款所属期 written as a day range"""
    import calendar
    y, mo = map(int, m.split('-'))
    last = calendar.monthrange(y, mo)[1]
    if style == 'range_iso':
        return '%04d-%02d-01至%04d-%02d-%02d' % (y, mo, y, mo, last)
    if style == 'range_dot':
        return '%04d.%02d.01-%04d.%02d.%02d' % (y, mo, y, mo, last)
    if style == 'range_cn':
        return '%d年%d月1日至%d年%d月%d日' % (y, mo, y, mo, last)
    return fmonth(m, style)


def money(v, sep=False, yuan=False):
    s = '{:,.2f}'.format(float(v)) if sep else '%.2f' % float(v)
    return ('¥' + s) if yuan else s


FW = {c: chr(ord(c) + 0xFEE0) for c in '0123456789()ABCDEFGHIJKLMNOPQRSTUVWXYZ'}


def fullwidth(s, brackets_only=True):
    if brackets_only:
        return s.replace('(', '（').replace(')', '）')
    return ''.join(FW.get(c, c) for c in s)
