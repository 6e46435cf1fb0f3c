"""outsider_o: an independently drawn synthetic test set of 居住证积分 packets."""
