"""Outsider test-set generator (w-draw) for Shanghai residence-permit points pre-check packets."""
