"""The docs checker: saved Plusofon documentation pages against the spec (`make docs-check`).

`parser` reads a page into an `inventory`, `spec_index` reads the spec, `compare` lists their
differences, `waivers` holds back the deliberate ones, `cli` prints the report and `draft`
writes spec YAML for operations the spec lacks (`make docs-draft`).
"""
