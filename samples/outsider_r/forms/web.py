"""Browser-print and phone-app chrome shared by web/app forms."""
from ..canvas import Canvas
from ..elements import status_bar, nav_bar
from ..layout import A4

PHONES = [(1080, 2340), (1080, 2400), (1170, 2532), (1242, 2688), (1080, 2220), (1284, 2778)]


def browser_page(rng, title, url, page_no, pages, stamp):
    """an A4 page with the browser's print header and footer"""
    cv = Canvas(*A4)
    f = rng.choice(["dejavu", "zenhei", "microhei"])
    cv.text(28, 20, stamp, "dejavu", 7.5, (60, 60, 60))
    cv.text(A4[0] / 2 + 40, 20, title, "microhei" if f == "dejavu" else f, 7.5, (60, 60, 60), anchor="m")
    cv.text(28, A4[1] - 16, url, "dejavu", 7, (60, 60, 60))
    cv.text(A4[0] - 28, A4[1] - 16, "%d/%d" % (page_no, pages), "dejavu", 7.5, (60, 60, 60), anchor="r")
    return cv


def phone_screen(rng, dark=False, long_factor=1.0, size=None):
    W, H = size or rng.choice(PHONES)
    H = int(H * long_factor)
    bg = (16, 16, 18) if dark else rng.choice([(245, 246, 248), (242, 243, 247), (248, 248, 248)])
    cv = Canvas(W, H, bg=bg, unit="px")
    t = "%d:%02d" % (rng.randint(8, 22), rng.randint(0, 59))
    sh = status_bar(cv, rng, dark=dark, time_str=t)
    return cv, sh


def app_card(cv, x, y, w, h, dark=False, radius=None):
    cv.rect(x, y, x + w, y + h, fill=(36, 36, 40) if dark else (255, 255, 255), radius=radius or cv.w * 0.025)


def app_rows(cv, x, y, w, items, dark=False, size=None, label_font="sans", value_font="sans", gap=None,
             wrap_w=None, sep=True):
    """grey label on the left, value right-aligned; long values wrap onto right-aligned lines.
    items: layout.Item. returns y after."""
    from ..canvas import wrap
    from ..layout import _log
    size = size or cv.w * 0.038
    lab = (150, 150, 155) if dark else (128, 128, 134)
    val = (235, 235, 235) if dark else (25, 25, 25)
    lh = size * 1.45
    gap = gap or size * 1.25
    wrap_w = wrap_w or w * 0.62
    for it in items:
        y += gap
        cv.text(x, y + size, it.label, label_font, size, lab)
        lines = wrap(it.text, value_font, size, wrap_w) if it.text else []
        for i, ln in enumerate(lines):
            cv.text(x + w, y + size + i * lh, ln, value_font, size, val, anchor="r")
        if it.text:
            _log(cv, it)
        y += size + lh * (max(1, len(lines)) - 1) + gap * 0.6
        if sep:
            cv.line(x, y + gap * 0.2, x + w, y + gap * 0.2, width=1, color=(60, 60, 64) if dark else (236, 236, 238))
    return y + gap * 0.4


def home_indicator(cv, dark=False):
    W, H = cv.w, cv.h
    cv.rect(W * 0.35, H - W * 0.03, W * 0.65, H - W * 0.022, fill=(230, 230, 230) if dark else (30, 30, 30), radius=W * 0.005)
