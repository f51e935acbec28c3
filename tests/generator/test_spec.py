"""The spec itself: valid, true to the project's rules, its examples parse, and
every operation is on both clients."""

from __future__ import annotations

import inspect
import json
import sys
from typing import Any

import pytest
from jsonschema import Draft202012Validator, FormatChecker
from openapi_spec_validator import validate
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from minted_connect_generated import models
from minted_connect_generated.resources import (
    OPERATIONS,
    AsyncRawResources,
    AsyncResources,
    Checkout,
    Customers,
    RawResources,
    Resources,
)

from ..support import ROOT, load_spec, spec_operations
from ..support import resolve as resolve_ref

sys.path.insert(0, str(ROOT / "generator"))
from spec_rules import check_rules

SPEC = load_spec()
URI = "urn:spec"
REGISTRY: Registry[Any] = Registry().with_resource(
    URI, Resource.from_contents(SPEC, default_specification=DRAFT202012)
)


def validator(schema: dict[str, Any]) -> Draft202012Validator:
    # Local references ("#/components/...") point into the spec document.
    schema = json.loads(json.dumps(schema).replace('"#/', f'"{URI}#/'))
    return Draft202012Validator(schema, registry=REGISTRY, format_checker=FormatChecker())


def model_for(schema: dict[str, Any]) -> Any:
    return getattr(models, schema["$ref"].rsplit("/", 1)[1])


def resolve(node: dict[str, Any]) -> dict[str, Any]:
    return resolve_ref(SPEC, node)


def examples() -> list[Any]:
    """(id, schema, example value) for every example in the spec."""
    found = []
    for _, _, op in spec_operations():
        body = op.get("requestBody", {}).get("content", {}).get("application/json", {})
        for name, example in body.get("examples", {}).items():
            found.append(
                pytest.param(body["schema"], example["value"], id=f"{op['operationId']}-{name}")
            )
        if "example" in body:
            found.append(
                pytest.param(body["schema"], body["example"], id=f"{op['operationId']}-body")
            )
        for status, response in op["responses"].items():
            media = resolve(response).get("content", {}).get("application/json", {})
            if "example" in media:
                found.append(
                    pytest.param(
                        media["schema"], media["example"], id=f"{op['operationId']}-{status}"
                    )
                )
    return found


def test_spec_is_valid_openapi_and_follows_the_project_rules() -> None:
    validate(SPEC)
    assert check_rules(SPEC) == []


@pytest.mark.parametrize(("schema", "example"), examples())
def test_every_example_validates_and_parses(schema: dict[str, Any], example: Any) -> None:
    validator(schema).validate(example)
    variants = schema.get("oneOf", [schema])
    matching = [v for v in variants if validator(v).is_valid(example)]
    assert len(matching) == 1, "an example must match exactly one variant"
    parsed = model_for(matching[0]).from_dict(example)
    assert parsed.to_dict() is not None


def test_every_operation_is_on_both_clients() -> None:
    expected = {
        (op["tags"][0], op["x-method-name"], op["operationId"], method, path)
        for path, method, op in spec_operations()
    }
    assert set(OPERATIONS) == expected
    sync_groups = [
        inspect.get_annotations(container, eval_str=True) for container in (Resources, RawResources)
    ]
    async_groups = [
        inspect.get_annotations(container, eval_str=True)
        for container in (AsyncResources, AsyncRawResources)
    ]
    for group, method_name, _, _, _ in OPERATIONS:
        for groups in sync_groups:
            method = getattr(groups[group], method_name)
            assert callable(method) and not inspect.iscoroutinefunction(method)
        for groups in async_groups:
            assert inspect.iscoroutinefunction(getattr(groups[group], method_name))


def test_each_operation_defaults_to_its_documented_api_version() -> None:
    # Baskets pages document a default of 3; customer and order pages an example of 2.
    assert (
        inspect.signature(Checkout.list_incomplete_baskets).parameters["api_version"].default == "3"
    )
    assert inspect.signature(Customers.get).parameters["api_version"].default == "2"
