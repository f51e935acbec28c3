"""``python -m minted_connect.verify``: the ``minted-verify`` command (see ``_verify``)."""

from ._verify import main, run

__all__ = ["main", "run"]

if __name__ == "__main__":
    run()
