"""Chromium (system /usr/bin/chromium through playwright), started lazily once
per worker process.  PDF dates are pinned so output is deterministic."""
from __future__ import annotations

import atexit
import io
import os
import re

from PIL import Image

_state = {}
CHROMIUM = os.environ.get("OUTSIDER_CHROMIUM", "/usr/bin/chromium")


def available() -> bool:
    if "ok" not in _state:
        try:
            _page()
            _state["ok"] = True
        except Exception as e:  # pragma: no cover
            _state["ok"] = False
            _state["err"] = repr(e)
    return _state["ok"]


def _page():
    if "page" in _state:
        return _state["page"]
    from playwright.sync_api import sync_playwright
    pw = sync_playwright().start()
    kw = {"executable_path": CHROMIUM} if os.path.exists(CHROMIUM) else {}
    br = pw.chromium.launch(args=["--font-render-hinting=none", "--disable-gpu", "--disable-lcd-text"], **kw)
    _state.update(pw=pw, browser=br, page=br.new_page())
    atexit.register(close)
    return _state["page"]


def close():
    try:
        if "browser" in _state:
            _state["browser"].close()
        if "pw" in _state:
            _state["pw"].stop()
    except Exception:
        pass
    _state.clear()


def html_to_pdf(html: str) -> bytes:
    pg = _page()
    pg.set_content(html, wait_until="load")
    data = pg.pdf(format="A4", print_background=True, prefer_css_page_size=True)
    return re.sub(rb"(/(?:CreationDate|ModDate) \(D:)\d{14}", rb"\g<1>20261101090000", data)


def screenshot(html: str, width: int, height: int, dsf: float = 1.0, full_page=False) -> Image.Image:
    br = _page().context.browser
    ctx = br.new_context(viewport={"width": width, "height": height}, device_scale_factor=dsf)
    try:
        pg = ctx.new_page()
        pg.set_content(html, wait_until="load")
        png = pg.screenshot(full_page=full_page, type="png")
    finally:
        ctx.close()
    return Image.open(io.BytesIO(png)).convert("RGB")
