"""outsider_ai: an independent synthetic test set of 居住证积分 applicant
packets, emphasising the employment side (labour contracts, employer names
across contract / tax / social insurance).  See README.md."""
