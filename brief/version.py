"""The one version number: `brief.__version__` is this, and pyproject.toml reads it from here."""

__version__ = "0.1.0"
