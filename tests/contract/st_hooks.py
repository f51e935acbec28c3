"""schemathesis hooks: HTTP Digest auth from MINTED_USERNAME / MINTED_PASSWORD.

schemathesis 4 has no CLI option for Digest; requests' HTTPDigestAuth answers
the challenge. Loaded through SCHEMATHESIS_HOOKS=tests.contract.st_hooks.
"""

import os

import schemathesis
from requests.auth import HTTPDigestAuth

schemathesis.auth.set_from_requests(
    HTTPDigestAuth(os.environ["MINTED_USERNAME"], os.environ["MINTED_PASSWORD"])
)
