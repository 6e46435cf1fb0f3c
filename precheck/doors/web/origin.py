"""Only this page, or a program on this computer, may start a check. A page of another website can post a form
here (a no-cors request): it cannot read the answer, but the check would still use the CPU and fill the queue.
Browsers say where a request comes from (`Sec-Fetch-Site`, `Origin`); programs such as curl say nothing."""
from __future__ import annotations

from urllib.parse import urlsplit

from precheck.doors.web.uploads import UploadError

# `none`: typed in or bookmarked by the user. `same-site` is refused too: another port on this host is another site.
OWN_FETCH_SITES = frozenset({"same-origin", "none"})
REFUSAL = "只能从本机的 precheck 网页提交材料；其他网站发来的请求已拒绝（cross-site request refused）"


def refuse_other_sites(headers) -> None:
    """Raise UploadError 403 when the browser says the request comes from another site's page."""
    site = headers.get("sec-fetch-site")
    if site is not None and site.strip().lower() not in OWN_FETCH_SITES:
        raise UploadError(403, REFUSAL)
    origin = headers.get("origin")
    if origin is not None and urlsplit(origin.strip()).netloc.lower() != headers.get("host", "").strip().lower():
        raise UploadError(403, REFUSAL)
