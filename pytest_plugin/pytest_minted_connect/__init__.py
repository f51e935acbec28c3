"""The pytest plugin of minted-connect: the sandbox in your own tests, with no conftest.

Installed with the wheel (entry point ``pytest11``) and loaded by every pytest run; it
imports nothing but pytest until one of its fixtures is used (``plugin``). The fixtures
bind the client (``minted_connect``) to the sandbox (``minted_sandbox``), which never
import each other: hence a package of its own.
"""
