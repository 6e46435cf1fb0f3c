"""outsider_p: independent synthetic packets for the Shanghai 居住证积分 pre-check."""
