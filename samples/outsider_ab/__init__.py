"""outsider_ab — an independent synthetic test-set generator for 居住证积分 packets
(emphasis: combined copies and the less common forms). See README.md."""
