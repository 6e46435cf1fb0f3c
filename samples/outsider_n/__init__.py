"""outsider_n: independent synthetic packet generator for the Shanghai residence-permit points pre-check."""
