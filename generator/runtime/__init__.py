"""Hand-written modules `make generate` copies into the generated package."""
