"""Worker functions for the process pool (kept out of __main__ so that
spawned workers can import them)."""
from __future__ import annotations

import time


def init_worker():
    try:
        import cv2
        cv2.setNumThreads(1)
    except Exception:
        pass


def one(args):
    seed, i, count, out = args
    from .packet import build_packet
    t = time.time()
    truth = build_packet(seed, i, count, out)
    return i, truth["verdict"], len(truth["pages"]), time.time() - t
