"""Synthetic sample packets: the generator and the committed golden packets."""
