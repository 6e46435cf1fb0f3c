"""precheck — offline pre-check of Shanghai residence-permit points packets."""

__version__ = "0.1.0"
