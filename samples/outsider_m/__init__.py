"""outsider_m — independent synthetic packet generator for Shanghai residence-permit points pre-checks."""
