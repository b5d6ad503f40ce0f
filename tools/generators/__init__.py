"""`make generators-check`: other teams' generators, run against the mock (the README's matrix)."""
