"""tomllib is in the standard library from Python 3.11; tomli is the same parser for 3.10."""
import sys

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

__all__ = ["tomllib"]
