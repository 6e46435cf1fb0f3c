"""Outsider set H: independent synthetic applicant packets with truth."""
