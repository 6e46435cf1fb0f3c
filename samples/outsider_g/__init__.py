"""outsider_g: an independent draw of Shanghai 居住证积分 packets with truth."""
from .packet import draw  # noqa: F401
