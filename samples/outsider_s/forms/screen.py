"""Phone screenshot scaffolding: status bar, title bar, banner, rounded cards, right-aligned values."""
from .. import deco
from ..sheet import Sheet, wrap


class Screen:
    def __init__(self, rng, dark=False, title="", w=1080, h=2340, accent=None):
        self.rng, self.dark = rng, dark
        self.w, self.h = w, h
        self.bg = (18, 18, 20) if dark else rng.choice([(245, 246, 248), (240, 242, 245), (250, 250, 250)])
        self.card_bg = (36, 36, 40) if dark else (255, 255, 255)
        self.fg = (235, 235, 235) if dark else (25, 25, 25)
        self.grey = (150, 150, 155) if dark else (135, 135, 140)
        self.accent = accent or rng.choice([(32, 110, 220), (20, 150, 120), (220, 60, 50), (48, 96, 200)])
        self.font = rng.choice(["sans", "microhei", "zenhei"])
        self.sheet = Sheet(w, h, self.bg, unit="px")
        s = self.sheet
        hh = rng.choice([9, 10, 11, 14, 15, 16, 17, 18, 20, 21, 22])
        s.text(60, 72, f"{hh}:{rng.randint(0, 59):02d}", "sans_b", 40, self.fg)
        for i in range(4):
            s.rect(860 + i * 16, 62 - i * 9, 870 + i * 16, 70, None, self.fg)
        s.rect(940, 40, 1010, 72, self.fg, None, 3, radius=8)
        s.rect(946, 46, 946 + int(58 * rng.uniform(0.2, 0.95)), 66, None, self.fg, radius=4)
        s.text(1000, 72, "", "sans", 30, self.fg)
        s.text(60, 190, "〈", "sans", 52, self.fg)
        s.text(w / 2, 190, title, "sans_b", 50, self.fg, anchor="m")
        s.text(1020, 190, "···", "sans_b", 46, self.fg, anchor="r")
        self.y = 260

    def banner(self, big, small, qr=False):
        s, r = self.sheet, self.rng
        h = 420 if qr else 260
        s.rect(40, self.y, self.w - 40, self.y + h, None, self.accent, radius=36)
        s.text(100, self.y + 130, big, r.choice(["sans_b", "smiley", "lxgw_b"]), 92, (255, 255, 255), spacing=6)
        s.text(100, self.y + 210, small, "sans", 42, (235, 240, 255))
        if qr:
            s.rect(self.w - 380, self.y + 60, self.w - 90, self.y + 350, None, (255, 255, 255), radius=16)
            s.image(self.w - 365, self.y + 75, self.w - 105, self.y + 335, deco.qr(r))
        self.y += h + 40

    def card_rows(self, rows, title=None, label_size=40, value_size=42):
        s = self.sheet
        # measure
        lines = []
        for k, v in rows:
            lines.append((k, wrap(v, 600, self.font, value_size) or [""]))
        h = sum(max(1, len(ls)) * value_size * 1.35 + 70 for _, ls in lines) + (110 if title else 30)
        s.rect(40, self.y, self.w - 40, self.y + h, None, self.card_bg, radius=30)
        y = self.y + 40
        if title:
            s.text(90, y + 40, title, "sans_b", 46, self.fg)
            y += 90
        for i, (k, ls) in enumerate(lines):
            y += 55
            s.text(90, y, k, self.font, label_size, self.grey)
            for j, ln in enumerate(ls):
                s.text(self.w - 90, y + j * value_size * 1.35, ln, self.font, value_size, self.fg, anchor="r")
            y += (len(ls) - 1) * value_size * 1.35 + 15 + value_size * 0.35
            if i < len(lines) - 1:
                s.line(90, y, self.w - 90, y, 1.5, (60, 60, 64) if self.dark else (232, 232, 235))
        self.y += h + 36
        return self.y

    def footer_note(self, txt):
        self.sheet.text(self.w / 2, min(self.h - 80, self.y + 60), txt, "sans", 32, self.grey, anchor="m")
