"""``python -m attrib``: the same command line as ``attrib``."""

from attrib.cli import app

if __name__ == "__main__":
    app(prog_name="attrib")
