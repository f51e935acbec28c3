"""Security from the spec: every operation declares the schemes it accepts, the generator
carries the declaration to the invokers (``resources.SECURITY``, ``invoke(security=...)``)
and to the reference, and the client picks a scheme from it alone."""

from __future__ import annotations

import copy
import inspect
import sys

import pytest

from minted_connect import ConfigurationError, MintedConnect
from minted_connect._base_client import choose_scheme
from minted_connect_generated import resources

from ..support import ROOT, load_spec, spec_operations

sys.path.insert(0, str(ROOT / "generator"))
from spec_rules import check_rules, security_of

SPEC = load_spec()


def test_every_operation_declares_its_security_and_the_rules_insist() -> None:
    for _, _, op in spec_operations():
        assert security_of(op), op["operationId"]
    broken = copy.deepcopy(SPEC)
    del broken["paths"]["/partner/ecom/getActiveBasket"]["get"]["security"]
    broken["paths"]["/partner/ecom/orders"]["get"]["security"] = [{"oauth": []}]
    broken["x-websockets"]["/partner/ws/prices"]["security"] = []
    problems = "\n".join(check_rules(broken))
    assert "GET /partner/ecom/getActiveBasket: must declare `security`" in problems
    assert "GET /partner/ecom/orders: security scheme 'oauth' is not declared" in problems
    assert "WS /partner/ws/prices: must declare `security`" in problems


def test_the_generated_client_carries_each_operations_security() -> None:
    declared = {op["operationId"]: security_of(op) for _, _, op in spec_operations()}
    assert declared == resources.SECURITY
    assert resources.SECURITY["list_orders"] == ("digest", "customer_token")
    assert resources.SECURITY_SCHEMES == {"digest": "digest", "customer_token": "bearer"}
    socket = resources.WEBSOCKETS["stream_prices"]
    assert (socket.path, socket.security) == ("/partner/ws/prices", ("digest", "customer_token"))
    source = inspect.getsource(resources.Embedded.get_active_basket)
    assert 'security=("customer_token",)' in source
    reference = (ROOT / "generated" / "api.md").read_text(encoding="utf-8")
    assert "- Authentication: `customer_token` (a customer token (Bearer))." in reference


@pytest.mark.parametrize(("operation", "security"), sorted(resources.SECURITY.items()))
def test_each_client_takes_a_scheme_the_operation_accepts_or_refuses(
    operation: str, security: tuple[str, ...]
) -> None:
    partner = MintedConnect(username="u", password="p", base_url="http://127.0.0.1:9")
    customer = partner.with_customer_token("t" * 43)
    kinds = [resources.SECURITY_SCHEMES[s] for s in security]
    for client, held in ((partner, "digest"), (customer, "bearer")):
        if held in kinds:
            assert choose_scheme(operation, security, client.options) == held
        else:
            with pytest.raises(ConfigurationError, match=operation):
                choose_scheme(operation, security, client.options)
