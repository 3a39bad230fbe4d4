"""The version of readoutlib, read by the build (pyproject ``[tool.hatch.version]``) and at run time.

A module of its own, so that ``readoutlib.__version__`` costs no ``importlib.metadata`` import.
"""

__version__ = "0.1.0"
