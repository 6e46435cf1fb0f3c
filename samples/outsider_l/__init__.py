"""outsider_l: independent synthetic packet generator for precheck evaluation."""
