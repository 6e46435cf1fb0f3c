"""Outsider set I: independent synthetic application packets with truth."""
