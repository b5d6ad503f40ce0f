"""`make bench` (python -m bench): how fast the client, the generator and the tools are."""
