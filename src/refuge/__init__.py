"""refuge: register, de-duplicate, shelter and assist a population in mass flight."""

__version__ = "0.1.0"
