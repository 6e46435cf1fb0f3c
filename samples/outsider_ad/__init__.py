"""outsider_ad: a month of packets at a district talent-service centre (synthetic)."""
