"""outsider_ac: boundary-heavy synthetic packets for the 居住证积分 pre-check (see README.md)."""
