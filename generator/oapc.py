"""openapi-python-client (the pinned version), with this project's extensions.

    python generator/oapc.py generate --path spec/openapi.yaml ...   (its own CLI arguments)

generate.py runs the generator in its own process through this module (``build``), and
the resources and the API reference are rendered from the ``Project`` it answers (its
parsed endpoints); ``parse`` gives those endpoints alone (``emit_resources.collect``).
openapi-python-client fixes a property's Python type in its parser, not in a template
(../shared/PITFALLS.md), so what a template cannot say is said here, before its CLI runs:

1. ``type: number`` with ``format: decimal`` becomes a ``DecimalProperty``: annotated
   ``Decimal``, defaults written as ``Decimal("...")`` (every number of this API is one;
   ``spec_rules.py`` insists).
2. A literal enum is *open* where the API sends it: annotated ``OrderStatusName | str``,
   so a value the vendor adds reaches the user as a string and ``mypy --strict`` makes user
   code handle it. Where only the user sends it (a field of a model that only requests
   use, a request parameter) it is *closed*: annotated ``InvoiceType``, so a misspelt value
   fails ``mypy --strict`` (``close_request_enums``, on every parse, so ``build`` and
   ``parse`` agree). A model that requests and responses both used would stay open (today
   none is: the enums are shared, the models are not).
3. The spec's ``x-sensitive`` markers on component schemas' properties reach the model
   template as the global ``sensitive`` (``"Schema.field" -> kind``), so those fields are
   masked or hidden in ``repr()``; and ``attribute_name`` tells the template under which
   attribute a field is stored (its JSON name where Python allows it).
4. Every operation declares its ``security`` (``spec_rules.py``), and openapi-python-client
   would then type every module's ``client`` as its Bearer-only ``AuthenticatedClient``.
   This client authenticates in its invokers, by the ``security`` that ``emit_resources``
   hands them, never through that argument: each endpoint is generated as one without
   security, so its modules stay as they were before the spec declared any.
5. The templates learn the keyword keys (the global ``keyword_keys``: JSON names that are
   Python keywords, stored as ``from_``), for the decoder in ``types.py``.
6. ``models_manifest`` lists the parsed models and enums (each model's fields: JSON name,
   attribute, required; its schema as the spec has it; whether requests or responses use
   it; each enum's values), for ``emit_models.py`` (``generated/models.md``).

All of them are checked against the pinned version: if its internals move, this module
fails loudly (``AttributeError`` at import) instead of generating something else.
"""

from __future__ import annotations

import copy
import keyword
import sys
from pathlib import Path
from typing import Any, ClassVar

import attrs
from attrs import define
from openapi_python_client import Project
from openapi_python_client import schema as oai
from openapi_python_client.cli import app
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser import GeneratorData, properties, responses
from openapi_python_client.parser.errors import GeneratorError, PropertyError
from openapi_python_client.parser.properties.float import FloatProperty
from openapi_python_client.parser.properties.list_property import ListProperty
from openapi_python_client.parser.properties.literal_enum_property import LiteralEnumProperty
from openapi_python_client.parser.properties.model_property import ModelProperty
from openapi_python_client.parser.properties.protocol import Value
from openapi_python_client.parser.properties.union import UnionProperty
from openapi_python_client.strings import PythonCode, PythonIdentifier, pascal_case, snake_case

import spec_loader

HERE = Path(__file__).resolve().parent
CONFIG = HERE / "config.yaml"
TEMPLATES = HERE / "templates" / "openapi-python-client"
#: What openapi-python-client always writes and nothing here calls (the client sends
#: requests through its own invokers): removed once it has built the package.
UNUSED = ("client.py", "errors.py")


@define
class DecimalProperty(FloatProperty):
    """A ``number`` with ``format: decimal``: an exact ``decimal.Decimal``."""

    _type_string: ClassVar[str] = "Decimal"
    _json_type_string: ClassVar[str] = "Decimal"
    template: ClassVar[str] = "decimal_property.py.jinja"

    @classmethod
    def convert_value(cls, value: Any) -> Value | PropertyError | None:
        if isinstance(value, Value) or value is None:
            return value
        if isinstance(value, bool) or not isinstance(value, str | int | float):
            return PropertyError(f"Cannot convert {value!r} to a Decimal")
        return Value(python_code=PythonCode(f'Decimal("{value}")'), raw_value=value)

    def get_imports(self, *, prefix: str) -> set[str]:
        return {*super().get_imports(prefix=prefix), "from decimal import Decimal"}


_property_from_data = properties.property_from_data


def property_from_data(
    name: Any,
    required: bool,
    data: oai.Reference | oai.Schema,
    schemas: Any,
    parent_name: str,
    config: Any,
    process_properties: bool = True,
    roots: Any = None,
) -> tuple[Any, Any]:
    if (
        isinstance(data, oai.Schema)
        and data.type == oai.DataType.NUMBER
        and data.schema_format == "decimal"
        and data.const is None
        and data.enum is None
    ):
        return (
            DecimalProperty.build(
                name=name,
                default=data.default,
                required=required,
                python_name=PythonIdentifier(value=name, prefix=config.field_prefix),
                description=data.description,
                example=data.example,
            ),
            schemas,
        )
    return _property_from_data(
        name=name,
        required=required,
        data=data,
        schemas=schemas,
        parent_name=parent_name,
        config=config,
        process_properties=process_properties,
        roots=roots,
    )


def open_enum_type(self: LiteralEnumProperty) -> PythonCode:
    return PythonCode(f"{self.class_info.name} | str")


@define
class ClosedLiteralEnumProperty(LiteralEnumProperty):
    """A literal enum only the user sends: annotated with its values alone (``InvoiceType``),
    so a value the spec does not list fails ``mypy --strict``."""

    def get_base_type_string(self) -> PythonCode:
        return PythonCode(self.class_info.name)


def _json_name(prop: Any) -> str:
    name = prop.name
    return str(name.get_untrusted_value() if hasattr(name, "get_untrusted_value") else name)


def _uses(prop: Any, models: dict[str, ModelProperty], found: set[str]) -> None:
    """The models and enums ``prop`` holds, however deep, added to ``found`` (by class)."""
    if isinstance(prop, ModelProperty | LiteralEnumProperty):
        name = prop.class_info.name
        if name in found:
            return
        found.add(name)
        model = models.get(name)
        if model is not None:
            for inner in (model.required_properties or []) + (model.optional_properties or []):
                _uses(inner, models, found)
    elif isinstance(prop, ListProperty):
        _uses(prop.inner_property, models, found)
    elif isinstance(prop, UnionProperty):
        for inner in prop.inner_properties:
            _uses(inner, models, found)


def sides(openapi: GeneratorData) -> dict[str, str]:
    """Class name -> who uses it: ``request`` (bodies and parameters only), ``response``,
    ``both``, or ``none`` (no operation: the envelope base, the WebSocket message)."""
    models = {model.class_info.name: model for model in openapi.models}
    sent: set[str] = set()
    received: set[str] = set()
    for collection in openapi.endpoint_collections_by_tag.values():
        for endpoint in collection.endpoints:
            for body in endpoint.bodies:
                _uses(body.prop, models, sent)
            for param in (
                endpoint.query_parameters
                + endpoint.path_parameters
                + endpoint.header_parameters
                + endpoint.cookie_parameters
            ):
                _uses(param, models, sent)
            for response in endpoint.responses.patterns:
                _uses(response.prop, models, received)
    names = [*models, *(enum.class_info.name for enum in openapi.enums)]
    return {
        name: {(True, False): "request", (False, True): "response", (True, True): "both"}.get(
            (name in sent, name in received), "none"
        )
        for name in names
    }


def _closed(prop: Any) -> Any:
    """``prop`` with every literal enum in it closed (``ClosedLiteralEnumProperty``)."""
    if isinstance(prop, LiteralEnumProperty) and not isinstance(prop, ClosedLiteralEnumProperty):
        fields = attrs.fields(LiteralEnumProperty)
        return ClosedLiteralEnumProperty(**{f.alias: getattr(prop, f.name) for f in fields})
    if isinstance(prop, ListProperty):
        return attrs.evolve(prop, inner_property=_closed(prop.inner_property))
    if isinstance(prop, UnionProperty):
        return attrs.evolve(prop, inner_properties=[_closed(p) for p in prop.inner_properties])
    return prop


def close_request_enums(openapi: GeneratorData, side: dict[str, str]) -> None:
    """Close the enums of the models only requests use, and of every request parameter."""
    for model in openapi.models:
        if side[model.class_info.name] == "request":
            model.required_properties = [_closed(p) for p in model.required_properties or []]
            model.optional_properties = [_closed(p) for p in model.optional_properties or []]
    for collection in openapi.endpoint_collections_by_tag.values():
        for endpoint in collection.endpoints:
            for params in (
                endpoint.query_parameters,
                endpoint.path_parameters,
                endpoint.header_parameters,
                endpoint.cookie_parameters,
            ):
                params[:] = [_closed(p) for p in params]


def keyword_keys(openapi: GeneratorData) -> dict[str, str]:
    """JSON key -> attribute, for the model fields whose JSON name is a Python keyword."""
    return {
        _json_name(prop): str(prop.python_name)
        for model in openapi.models
        for prop in (model.required_properties or []) + (model.optional_properties or [])
        if keyword.iskeyword(_json_name(prop))
    }


def models_manifest(openapi: GeneratorData, side: dict[str, str]) -> dict[str, Any]:
    """What the model reference is rendered from: every model and enum the generator made."""
    return {
        "models": [
            {
                "name": model.class_info.name,
                "module": model.class_info.module_name,
                "side": side[model.class_info.name],
                "schema": model.data.model_dump(mode="json", by_alias=True, exclude_unset=True),
                "fields": [
                    {
                        "name": _json_name(prop),
                        "attribute": attribute_name(prop),
                        "python_name": str(prop.python_name),
                        "required": prop.required,
                    }
                    for prop in (model.required_properties or [])
                    + (model.optional_properties or [])
                ],
                "additional_properties": bool(model.additional_properties),
            }
            for model in openapi.models
        ],
        "enums": [
            {
                "name": enum.class_info.name,
                "module": enum.class_info.module_name,
                "side": side[enum.class_info.name],
                "values": sorted(enum.values, key=str),
            }
            for enum in openapi.enums
        ],
    }


def attribute_name(prop: Any) -> str:
    """The attribute a model field is stored under: its JSON name, so that msgspec decodes
    it directly, unless that name is a Python keyword (``from``: then the generator's
    ``from_``, and the client renames the key before decoding)."""
    name = (
        prop.name.get_untrusted_value() if hasattr(prop.name, "get_untrusted_value") else prop.name
    )
    if name.isidentifier() and not keyword.iskeyword(name):
        return str(name)
    return str(prop.python_name)


def sensitive_fields(spec: dict[str, Any]) -> dict[str, str]:
    """``"Schema.field" -> kind`` for every ``x-sensitive`` property of a component."""
    found = {}
    for schema_name, schema in spec.get("components", {}).get("schemas", {}).items():
        for prop_name, prop in (schema.get("properties") or {}).items():
            if isinstance(prop, dict) and "x-sensitive" in prop:
                found[f"{pascal_case(schema_name)}.{snake_case(prop_name)}"] = prop["x-sensitive"]
    return found


def install(spec_path: Path) -> None:
    """Patch the pinned generator (see the module docstring)."""
    properties.property_from_data = property_from_data  # type: ignore[assignment]
    responses.property_from_data = property_from_data  # type: ignore[assignment]
    LiteralEnumProperty.get_base_type_string = open_enum_type  # type: ignore[method-assign]
    sensitive = sensitive_fields(spec_loader.shared(spec_path))
    original_init = Project.__init__

    def init(self: Project, *args: Any, **kwargs: Any) -> None:
        original_init(self, *args, **kwargs)
        for collection in self.openapi.endpoint_collections_by_tag.values():
            for endpoint in collection.endpoints:
                endpoint.requires_security = False  # the invokers authenticate (4.)
        self.env.globals["sensitive"] = sensitive
        self.env.globals["attribute_name"] = attribute_name
        close_request_enums(self.openapi, sides(self.openapi))  # (2.; the CLI's parse too)
        self.env.globals["keyword_keys"] = keyword_keys(self.openapi)  # (5.)

    Project.__init__ = init  # type: ignore[method-assign]


_installed: list[Path] = []


def _config(spec_path: Path, output: Path | None) -> Config:
    """The configuration the CLI would build from generator/config.yaml (``--meta none``)."""
    return Config.from_sources(
        ConfigFile.load_from_path(CONFIG), MetaType.NONE, spec_path, "utf-8", True, output
    )


def _parsed(spec: dict[str, Any], config: Config) -> GeneratorData:
    openapi = GeneratorData.from_dict(copy.deepcopy(spec), config=config)
    if isinstance(openapi, GeneratorError):
        raise SystemExit(f"generate: openapi-python-client: {openapi.header}: {openapi.detail}")
    close_request_enums(openapi, sides(openapi))  # (2.)
    return openapi


def parse(spec: dict[str, Any], spec_path: Path = spec_loader.SPEC) -> GeneratorData:
    """The spec's endpoints, models and enums as the (patched) generator parses them."""
    if not _installed:
        install(spec_path)
        _installed.append(spec_path)
    return _parsed(spec, _config(spec_path, None))


def build(spec: dict[str, Any], spec_path: Path, output: Path) -> Project:
    """Generate the package (models, and each operation's module: its ``_get_kwargs``)
    from ``spec`` (read from ``spec_path``) into ``output``, in this process; every error
    and warning of the generator fails (as its ``--fail-on-warning``)."""
    if not _installed:
        install(spec_path)
        _installed.append(spec_path)
    config = _config(spec_path, output)
    project = Project(openapi=_parsed(spec, config), config=config, custom_template_path=TEMPLATES)
    errors = project.build()
    if errors:
        shown = "\n  ".join(f"{e.level.value}: {e.header} {e.detail or ''}" for e in errors)
        raise SystemExit(f"generate: openapi-python-client:\n  {shown}")
    for name in UNUSED:
        (project.package_dir / name).unlink()
    return project


def main() -> None:
    spec_path = Path(sys.argv[sys.argv.index("--path") + 1])
    install(spec_path)
    app(prog_name="openapi-python-client")


if __name__ == "__main__":
    main()
