"""An offline HTML reference rendered from the spec file (no external script, style or font)."""

from __future__ import annotations

import json
from collections.abc import Mapping
from html import escape
from typing import Any

from generator.spec_document import resolve_or_empty

METHODS = ("get", "put", "post", "delete", "patch", "options", "head", "trace")
_MAX_DEPTH = 12

_STYLE = """
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#1b1f24;
line-height:1.45}
header{background:#1d3557;color:#fff;padding:1.2rem 2rem}
header h1{margin:0 0 .3rem;font-size:1.5rem}
main{display:flex;gap:2rem;padding:1rem 2rem}
nav{min-width:16rem;max-width:20rem;font-size:.9rem}
nav ul{list-style:none;padding-left:.8rem;margin:.2rem 0 .8rem}
nav a{text-decoration:none;color:#1d3557}
section.tag{flex:1}
article{border:1px solid #d0d7de;border-radius:6px;margin:0 0 1.2rem;padding:.8rem 1rem}
.method{display:inline-block;min-width:4.2rem;text-align:center;font-weight:700;color:#fff;
border-radius:4px;padding:.1rem .4rem;margin-right:.5rem;font-size:.85rem}
.get{background:#2a9d8f}.post{background:#457b9d}.put{background:#e9c46a;color:#000}
.delete{background:#e63946}.patch{background:#8e7dbe}
.path{font-family:ui-monospace,Menlo,Consolas,monospace;font-weight:600}
table{border-collapse:collapse;margin:.4rem 0;font-size:.9rem}
th,td{border:1px solid #d0d7de;padding:.25rem .5rem;text-align:left;vertical-align:top}
pre{background:#f6f8fa;padding:.6rem;border-radius:4px;overflow:auto;font-size:.85rem}
.desc{white-space:pre-wrap}
.error{background:#fde2e1;padding:1rem;border-radius:6px}
"""


def _resolve(spec: Mapping[str, Any], node: Any) -> Any:
    """Follow a local `$ref` (#/...) to its target; give up quietly on anything else."""
    return resolve_or_empty(spec, node)


def _example_from_schema(spec: Mapping[str, Any], schema: Any, depth: int = 0) -> Any:
    """Make up an example value from a schema when the spec gives none."""
    schema = _resolve(spec, schema)
    if not isinstance(schema, Mapping) or depth > _MAX_DEPTH:
        return None
    for key in ("example", "default"):
        if key in schema:
            return schema[key]
    if isinstance(schema.get("examples"), list) and schema["examples"]:
        return schema["examples"][0]
    if isinstance(schema.get("enum"), list) and schema["enum"]:
        return schema["enum"][0]
    for key in ("oneOf", "anyOf"):
        options = schema.get(key)
        if isinstance(options, list) and options:
            return _example_from_schema(spec, options[0], depth + 1)
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), None)
    properties = dict(schema.get("properties") or {})
    for part in schema.get("allOf") or []:
        resolved = _resolve(spec, part)
        if isinstance(resolved, Mapping):
            properties.update(resolved.get("properties") or {})
            kind = kind or resolved.get("type")
    if kind == "object" or properties:
        return {str(k): _example_from_schema(spec, v, depth + 1) for k, v in properties.items()}
    if kind == "array":
        return [_example_from_schema(spec, schema.get("items"), depth + 1)]
    return {"integer": 0, "number": 0.0, "boolean": True, "string": "string"}.get(str(kind))


def _type_label(spec: Mapping[str, Any], schema: Any) -> str:
    """Describe a schema's type briefly: `string`, `array of integer`, `integer | string`."""
    schema = _resolve(spec, schema)
    if not isinstance(schema, Mapping):
        return ""
    for key in ("oneOf", "anyOf"):
        if isinstance(schema.get(key), list):
            return " | ".join(_type_label(spec, option) for option in schema[key])
    kind = schema.get("type", "object" if "properties" in schema else "")
    if isinstance(kind, list):
        kind = " | ".join(str(k) for k in kind)
    if kind == "array":
        return f"array of {_type_label(spec, schema.get('items')) or 'any'}"
    label = str(kind)
    if schema.get("format"):
        label += f" ({schema['format']})"
    if schema.get("nullable"):
        label += " | null"
    return label


def _json_block(value: Any) -> str:
    """Render a value as pretty JSON in a <pre> block."""
    text = json.dumps(value, ensure_ascii=False, indent=2, default=str)
    return f"<pre>{escape(text)}</pre>"


def _media_examples(spec: Mapping[str, Any], media: Any) -> list[tuple[str, Any]]:
    """Return (label, value) examples of a media type object, made up from the schema if none."""
    media = _resolve(spec, media)
    if not isinstance(media, Mapping):
        return []
    if "example" in media:
        return [("", media["example"])]
    examples = media.get("examples")
    if isinstance(examples, Mapping) and examples:
        found = []
        for name, example in examples.items():
            example = _resolve(spec, example)
            if isinstance(example, Mapping) and "value" in example:
                label = str(example.get("summary") or name)
                found.append((label, example["value"]))
        if found:
            return found
    if "schema" in media:
        return [("made up from the schema", _example_from_schema(spec, media["schema"]))]
    return []


def _properties_table(spec: Mapping[str, Any], schema: Any) -> str:
    """Render the top-level properties of a body schema as a table."""
    schema = _resolve(spec, schema)
    if not isinstance(schema, Mapping):
        return ""
    properties = dict(schema.get("properties") or {})
    required = set(schema.get("required") or [])
    for part in schema.get("allOf") or []:
        resolved = _resolve(spec, part)
        if isinstance(resolved, Mapping):
            properties.update(resolved.get("properties") or {})
            required.update(resolved.get("required") or [])
    if not properties:
        return ""
    rows = []
    for name, prop in properties.items():
        prop_schema = _resolve(spec, prop)
        prop_schema = prop_schema if isinstance(prop_schema, Mapping) else {}
        enum = prop_schema.get("enum")
        allowed = ", ".join(str(v) for v in enum) if isinstance(enum, list) else ""
        rows.append(
            f"<tr><td><code>{escape(str(name))}</code></td>"
            f"<td>{escape(_type_label(spec, prop))}</td>"
            f"<td>{'yes' if name in required else ''}</td>"
            f"<td>{escape(allowed)}</td>"
            f"<td class='desc'>{escape(str(prop_schema.get('description', '')))}</td></tr>"
        )
    head = (
        "<tr><th>field</th><th>type</th><th>required</th><th>values</th><th>description</th></tr>"
    )
    return f"<table>{head}{''.join(rows)}</table>"


def _parameters(
    spec: Mapping[str, Any], path_item: Mapping[str, Any], op: Mapping[str, Any]
) -> str:
    """Render path-level and operation-level parameters as a table."""
    params = []
    for raw in list(path_item.get("parameters") or []) + list(op.get("parameters") or []):
        param = _resolve(spec, raw)
        if isinstance(param, Mapping):
            params.append(param)
    if not params:
        return ""
    rows = "".join(
        f"<tr><td><code>{escape(str(p.get('name', '')))}</code></td>"
        f"<td>{escape(str(p.get('in', '')))}</td>"
        f"<td>{escape(_type_label(spec, p.get('schema')))}</td>"
        f"<td>{'yes' if p.get('required') else ''}</td>"
        f"<td class='desc'>{escape(str(p.get('description', '')))}</td></tr>"
        for p in params
    )
    head = "<tr><th>name</th><th>in</th><th>type</th><th>required</th><th>description</th></tr>"
    return f"<h4>Parameters</h4><table>{head}{rows}</table>"


def _operation(
    spec: Mapping[str, Any], path: str, method: str, path_item: Mapping[str, Any], anchor: str
) -> str:
    """Render one operation: method, path, summary, description, parameters, body, responses."""
    op = path_item[method]
    parts = [
        f"<article id='{escape(anchor)}'>",
        f"<h3><span class='method {method}'>{method.upper()}</span>"
        f"<span class='path'>{escape(path)}</span></h3>",
    ]
    if op.get("summary"):
        parts.append(f"<p><strong>{escape(str(op['summary']))}</strong></p>")
    if op.get("description"):
        parts.append(f"<p class='desc'>{escape(str(op['description']))}</p>")
    if op.get("operationId"):
        parts.append(f"<p>operationId: <code>{escape(str(op['operationId']))}</code></p>")
    parts.append(_parameters(spec, path_item, op))
    body = _resolve(spec, op.get("requestBody"))
    if isinstance(body, Mapping) and isinstance(body.get("content"), Mapping):
        required = " (required)" if body.get("required") else ""
        parts.append(f"<h4>Request body{required}</h4>")
        if body.get("description"):
            parts.append(f"<p class='desc'>{escape(str(body['description']))}</p>")
        for media_type, media in body["content"].items():
            parts.append(f"<p><code>{escape(str(media_type))}</code></p>")
            resolved = _resolve(spec, media)
            if isinstance(resolved, Mapping):
                parts.append(_properties_table(spec, resolved.get("schema")))
            for label, value in _media_examples(spec, media):
                parts.append(f"<p>Example{': ' + escape(label) if label else ''}</p>")
                parts.append(_json_block(value))
    responses = op.get("responses")
    if isinstance(responses, Mapping):
        parts.append("<h4>Responses</h4>")
        for status, raw in responses.items():
            response = _resolve(spec, raw)
            if not isinstance(response, Mapping):
                continue
            description = escape(str(response.get("description", "")))
            parts.append(f"<p><strong>{escape(str(status))}</strong> {description}</p>")
            content = response.get("content")
            if isinstance(content, Mapping):
                for media_type, media in content.items():
                    parts.append(f"<p><code>{escape(str(media_type))}</code></p>")
                    for label, value in _media_examples(spec, media):
                        if label:
                            parts.append(f"<p>{escape(label)}</p>")
                        parts.append(_json_block(value))
    parts.append("</article>")
    return "".join(parts)


def render_docs(spec: Any) -> str:
    """Render the whole reference page from a parsed OpenAPI document."""
    if not isinstance(spec, Mapping):
        spec = {}
    info = spec.get("info") if isinstance(spec.get("info"), Mapping) else {}
    title = str(info.get("title", "API reference"))
    paths = spec.get("paths") if isinstance(spec.get("paths"), Mapping) else {}

    groups: dict[str, list[str]] = {}
    for tag in spec.get("tags") or []:
        if isinstance(tag, Mapping) and "name" in tag:
            groups[str(tag["name"])] = []
    tag_descriptions = {
        str(tag["name"]): str(tag.get("description", ""))
        for tag in spec.get("tags") or []
        if isinstance(tag, Mapping) and "name" in tag
    }
    toc: dict[str, list[str]] = {}
    for path, raw_item in paths.items():
        path_item = _resolve(spec, raw_item)
        if not isinstance(path_item, Mapping):
            continue
        for method in METHODS:
            op = path_item.get(method)
            if not isinstance(op, Mapping):
                continue
            tags = [str(t) for t in op.get("tags") or []] or ["other"]
            anchor = f"{method}-{path}".replace("/", "-").replace("{", "").replace("}", "")
            html = _operation(spec, str(path), method, path_item, anchor)
            link = f"<li><a href='#{escape(anchor)}'>{method.upper()} {escape(str(path))}</a></li>"
            groups.setdefault(tags[0], []).append(html)
            toc.setdefault(tags[0], []).append(link)

    nav = "".join(
        f"<strong>{escape(tag)}</strong><ul>{''.join(toc.get(tag, []))}</ul>"
        for tag in groups
        if groups[tag]
    )
    sections = "".join(
        f"<h2 id='tag-{escape(tag)}'>{escape(tag)}</h2>"
        + (
            f"<p class='desc'>{escape(tag_descriptions[tag])}</p>"
            if tag_descriptions.get(tag)
            else ""
        )
        + "".join(operations)
        for tag, operations in groups.items()
        if operations
    )
    version = escape(str(info.get("version", "")))
    description = escape(str(info.get("description", "")))
    return (
        "<!DOCTYPE html><html lang='en'><head><meta charset=\"utf-8\">"
        "<meta name='viewport' content='width=device-width, initial-scale=1'>"
        f"<title>{escape(title)}</title><style>{_STYLE}</style></head><body>"
        f"<header><h1>{escape(title)}</h1><div>version {version}</div></header>"
        f"<main><nav>{nav}</nav><section class='tag'>"
        f"<p class='desc'>{description}</p>{sections}</section></main></body></html>"
    )


def render_error(title: str, message: str) -> str:
    """Render a small page explaining why the reference cannot be shown."""
    return (
        "<!DOCTYPE html><html lang='en'><head><meta charset=\"utf-8\">"
        f"<title>{escape(title)}</title><style>{_STYLE}</style></head><body>"
        f"<header><h1>{escape(title)}</h1></header>"
        f"<main><p class='error'>{escape(message)}</p></main></body></html>"
    )
