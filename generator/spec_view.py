"""The generator's view of the spec: the quirks a Python generator must not see verbatim.

`make generate` feeds openapi-python-client a rewritten copy of spec/plusofon.yaml. The spec
itself stays the truth about the wire; this view only moves what the custom templates in
generator/templates must see to the place where they can see it (a template gets one model's
schema, `model.data`, and cannot follow a `$ref`):

- alias properties (`x-plusofon-alias-of`: `correspondent_account` with a Cyrillic first letter,
  U+0441) are dropped, so no Python name is non-ASCII; the ASCII property they stand for (created
  if missing) lists them in `x-plusofon-wire-aliases`, and model.py.jinja reads and writes every
  spelling;
- `x-plusofon-money` and `x-plusofon-datetime-format` are copied from the component schema onto
  every property that `$ref`s it; datetime schemas get `format: date-time`, so the attribute is a
  `datetime.datetime` (model.py.jinja parses and writes the wire format);
- a string enum that is only the wire form of an integer enum (`number_type`, quirk 7) is replaced
  by the integer enum, marked `x-plusofon-wire-type: string` (model.py.jinja sends `str(value)`);
- the request bodies' properties are flattened into keyword arguments of the resource methods
  (endpoint_init.py.jinja), so their names must not collide with the operation's parameters.
"""

from __future__ import annotations

import copy
from typing import Any

from generator.spec_check import SpecError
from generator.spec_document import HTTP_METHODS, mappings, pointer, ref_to

ALIAS_KEY = "x-plusofon-alias-of"
WIRE_ALIASES_KEY = "x-plusofon-wire-aliases"
MONEY_KEY = "x-plusofon-money"
DATETIME_KEY = "x-plusofon-datetime-format"
WIRE_TYPE_KEY = "x-plusofon-wire-type"
# Extensions that change how one property is (de)serialised; model.py.jinja handles them only on
# a property of an object schema (`properties/<name>`), nowhere else (array items, unions…).
CODEC_KEYS = (MONEY_KEY, DATETIME_KEY)
# Every property marker model.py.jinja acts on (it reads them from the model's own schema).
TEMPLATE_KEYS = (
    WIRE_ALIASES_KEY,
    MONEY_KEY,
    DATETIME_KEY,
    WIRE_TYPE_KEY,
    "x-plusofon-personal-data",
)
# Keys of an alias property that describe the alias itself, not the value it carries.
_ALIAS_ONLY_KEYS = {ALIAS_KEY, "x-plusofon-curl-only"}

# Quirk 7: `number_type` is a string "0"-"5" in the number/search request and an integer 0-5 in its
# response. The spec has no extension saying that one enum is the wire form of the other, so the
# pair is named here (string-form schema -> integer schema); `_string_wire_enums` checks that the
# values still correspond and fails the generation when the spec no longer matches this table.
STRING_WIRE_ENUMS = {"NumberSearchNumberTypeFilter": "NumberSearchNumberType"}

_SCHEMA_REF = "#/components/schemas/"
# Names the resource methods use themselves (`self`, and `client` passed to the endpoint).
_RESERVED_ARGUMENTS = {"self", "client", "body"}


class SpecViewError(SpecError):
    """The spec uses a quirk extension in a way the generator view and templates cannot handle."""


def _is_property(path: tuple[str, ...]) -> bool:
    """True when the path ends at `properties/<name>` of a schema."""
    return len(path) >= 2 and path[-2] == "properties"


def alias_properties(spec: dict[str, Any]) -> dict[str, str]:
    """Map every aliased wire name (the Cyrillic key) to the ASCII name it stands for."""
    aliases: dict[str, str] = {}
    for _path, node in mappings(spec):
        for name, prop in (node.get("properties") or {}).items():
            if isinstance(prop, dict) and ALIAS_KEY in prop:
                aliases[name] = prop[ALIAS_KEY]
    return aliases


def _wire_aliases(view: dict[str, Any]) -> None:
    """Drop alias properties; the ASCII property lists them in `x-plusofon-wire-aliases`."""
    for path, node in mappings(view):
        props = node.get("properties")
        if not isinstance(props, dict):
            continue
        listed = node.get("required")
        required: list[str] = listed if isinstance(listed, list) else []
        for name in [n for n, p in props.items() if isinstance(p, dict) and ALIAS_KEY in p]:
            alias = props.pop(name)
            target = alias[ALIAS_KEY]
            if not isinstance(target, str) or not target.isascii() or not target.isidentifier():
                where = ref_to((*path, "properties", name))
                raise SpecViewError(f"{where}: {ALIAS_KEY} must name an ASCII property")
            if target not in props:
                props[target] = {k: v for k, v in alias.items() if k not in _ALIAS_ONLY_KEYS}
            spelled = props[target].setdefault(WIRE_ALIASES_KEY, [])
            if name not in spelled:
                spelled.append(name)
            if name in required:
                required.remove(name)
                if target not in required:
                    required.append(target)


def _component(view: dict[str, Any], ref: str) -> dict[str, Any] | None:
    if not ref.startswith(_SCHEMA_REF):
        return None
    try:
        schema = pointer(view, ref)
    except SpecError:
        return None
    return schema if isinstance(schema, dict) else None


_MONEY_FORMS = ("integer", "decimal-string")


def _codecs(view: dict[str, Any]) -> None:
    """Put money and datetime markers on the properties that use them, where templates look."""
    for path, node in mappings(view):
        if MONEY_KEY in node and node[MONEY_KEY] not in _MONEY_FORMS:
            raise SpecViewError(
                f"{ref_to(path)}: {MONEY_KEY} is {node[MONEY_KEY]!r}; the templates know"
                f" {', '.join(map(repr, _MONEY_FORMS))}"
            )
        if DATETIME_KEY in node and not isinstance(node[DATETIME_KEY], str):
            raise SpecViewError(f"{ref_to(path)}: {DATETIME_KEY} must be a strftime format")
    for _path, node in mappings(view):
        if DATETIME_KEY in node and not isinstance(node.get("$ref"), str):
            node["format"] = "date-time"
    for path, node in list(mappings(view)):
        ref = node.get("$ref")
        target = _component(view, ref) if isinstance(ref, str) else None
        keys = [key for key in CODEC_KEYS if target is not None and key in target]
        if not keys or target is None:
            continue
        if not _is_property(path):
            raise SpecViewError(
                f"{ref_to(path)}: {', '.join(keys)} is only supported on a property of an object"
                " schema (the model template handles it there)"
            )
        for key in keys:
            node.setdefault(key, target[key])
    for path, node in mappings(view):
        if any(key in node for key in CODEC_KEYS) and "$ref" not in node:
            in_components = len(path) == 3 and path[:2] == ("components", "schemas")
            if not in_components and not _is_property(path):
                found = ", ".join(key for key in CODEC_KEYS if key in node)
                raise SpecViewError(f"{ref_to(path)}: {found} is only supported on a property")


def _string_wire_enums(view: dict[str, Any]) -> None:
    """Replace a string enum that is the wire form of an integer enum by the integer enum."""
    schemas = view.get("components", {}).get("schemas", {})
    for string_name, int_name in STRING_WIRE_ENUMS.items():
        string_schema, int_schema = schemas.get(string_name), schemas.get(int_name)
        if not isinstance(string_schema, dict) or not isinstance(int_schema, dict):
            raise SpecViewError(
                f"generator/spec_view.py STRING_WIRE_ENUMS names {string_name} -> {int_name}, "
                "but the spec has no such pair of schemas; update the table"
            )
        ints = int_schema.get("enum") or []
        if (
            string_schema.get("type") != "string"
            or int_schema.get("type") != "integer"
            or [str(v) for v in ints] != string_schema.get("enum")
        ):
            raise SpecViewError(
                f"#/components/schemas/{string_name} is no longer the string form of "
                f"#/components/schemas/{int_name} (STRING_WIRE_ENUMS in generator/spec_view.py)"
            )
        old, new = _SCHEMA_REF + string_name, _SCHEMA_REF + int_name
        for path, node in list(mappings(view)):
            if node.get("$ref") != old:
                continue
            if not _is_property(path):
                raise SpecViewError(
                    f"{ref_to(path)}: {string_name} is only supported on a property"
                )
            node["$ref"] = new
            node[WIRE_TYPE_KEY] = "string"
        del schemas[string_name]


def _body_properties(view: dict[str, Any], operation: dict[str, Any]) -> list[str]:
    """Property names of the operation's request body schema (what the resources flatten)."""
    body = operation.get("requestBody")
    if not isinstance(body, dict):
        return []
    names: list[str] = []
    if len(body.get("content") or {}) > 1:
        raise SpecViewError(
            f"{operation.get('operationId')}: the resource methods send one body media type;"
            f" this request body has {', '.join(body['content'])}"
        )
    for media in (body.get("content") or {}).values():
        schema = (media or {}).get("schema") or {}
        if isinstance(schema.get("$ref"), str):
            schema = _component(view, schema["$ref"]) or {}
        if "allOf" in schema or "anyOf" in schema or "oneOf" in schema:
            raise SpecViewError(
                f"{operation.get('operationId')}: request bodies are flattened into keyword"
                " arguments; a composed (allOf/anyOf/oneOf) body schema is not supported"
            )
        names.extend(schema.get("properties") or {})
    return names


def _check_resources(view: dict[str, Any]) -> None:
    """What the resource methods assume: path and query parameters and body properties become
    keyword arguments without clashes, one body media type, one success response."""
    for path_item in (view.get("paths") or {}).values():
        shared = path_item.get("parameters") or []
        for method in HTTP_METHODS:
            operation = path_item.get(method)
            if not isinstance(operation, dict):
                continue
            names: list[str] = []
            for parameter in [*shared, *(operation.get("parameters") or [])]:
                if isinstance(parameter.get("$ref"), str):
                    name = parameter["$ref"].rsplit("/", 1)[-1]
                    parameter = view.get("components", {}).get("parameters", {}).get(name, {})
                if parameter.get("in") not in ("path", "query"):
                    raise SpecViewError(
                        f"{operation.get('operationId')}: the resource methods pass path and query"
                        f" parameters only, not {parameter.get('in')} parameter"
                        f" {parameter.get('name')!r}"
                    )
                names.append(parameter["name"])
            successes = [code for code in operation.get("responses") or {} if str(code)[0] == "2"]
            if len(successes) != 1:
                raise SpecViewError(
                    f"{operation.get('operationId')}: a resource method returns the one success"
                    f" (2XX) response; this operation has {len(successes)}"
                )
            names += _body_properties(view, operation)
            clashes = sorted(
                {n for n in names if names.count(n) > 1} | (set(names) & _RESERVED_ARGUMENTS)
            )
            if clashes:
                raise SpecViewError(
                    f"{operation.get('operationId')}: parameters and request body properties become"
                    f" keyword arguments of one method; these names clash: {', '.join(clashes)}"
                )


def _check_all_of_parts(view: dict[str, Any]) -> None:
    """model.py.jinja sees the markers of a model's own (and inline allOf) properties only."""
    for path, node in mappings(view):
        for index, part in enumerate(node.get("allOf") or []):
            target = _component(view, part.get("$ref", "")) if isinstance(part, dict) else None
            for name, prop in ((target or {}).get("properties") or {}).items():
                keys = [key for key in TEMPLATE_KEYS if isinstance(prop, dict) and key in prop]
                if keys:
                    raise SpecViewError(
                        f"{ref_to((*path, 'allOf', str(index)))}: {part['$ref']} has {name} with"
                        f" {', '.join(keys)}; the model template of a schema that takes it in"
                        " through allOf would not see that (inline the part, or extend the view)"
                    )


def _path_ids_take_integers(view: dict[str, Any]) -> None:
    """Let string path parameters take ints too: the docs type ids as strings, lists send ints.

    `/number/31` reads the same whichever it was built from, so the wire does not change; users
    can pass `item.id` straight from `GET number` without `str()`.
    """
    for item in view.get("paths", {}).values():
        for operation in item.values():
            if not isinstance(operation, dict):
                continue
            for parameter in operation.get("parameters", []):
                schema = parameter.get("schema", {}) if isinstance(parameter, dict) else {}
                if parameter.get("in") == "path" and schema.get("type") == "string":
                    schema["type"] = ["string", "integer"]


def for_generator(spec: dict[str, Any]) -> dict[str, Any]:
    """Return the copy of the spec that openapi-python-client and our templates see."""
    view = copy.deepcopy(spec)
    _path_ids_take_integers(view)
    _wire_aliases(view)
    _codecs(view)
    _string_wire_enums(view)
    _check_all_of_parts(view)
    _check_resources(view)
    return view
