"""outsider_s: an independent synthetic packet generator for the 居住证积分 pre-check tool."""
