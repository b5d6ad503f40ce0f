"""`make live-check`: the spec's safe GET operations against Plusofon's server, one a second.

A user with a token runs every operation the spec marks `x-plusofon-side-effects: none` (GET
only) once, with the docs' example request, and learns where the server's answers differ from
the spec: status, content type, envelope, schema, and what the generated client can parse.
"""
