"""outsider_r: an independent synthetic test set for a 上海市居住证积分 document pre-check tool."""
