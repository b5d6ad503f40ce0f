# Generated from spec/plusofon.yaml by openapi-python-client 0.29.1; do not edit (make generate).
"""The root of the client's errors, and ArgumentError, the one error generated code raises.

A hand-written module of the generated package (overrides/plusofon_client/, copied in by
`make generate`). The resource methods check their arguments before a request exists, so the
class they raise lives here, where they can import it; `plusofon` re-exports both classes (as
`plusofon.PlusofonError` and `plusofon.ArgumentError`) and builds its other errors on
PlusofonError. The generated package never imports `plusofon`.
"""

from __future__ import annotations

__all__ = ["ArgumentError", "PlusofonError"]


class PlusofonError(Exception):
    """Root of every error this package raises."""

    #: operationId of the call that failed, when it went through a resource method.
    operation: str | None

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.operation = None

    def __str__(self) -> str:
        text = super().__str__()
        return f"{self.operation}: {text}" if self.operation else text

    def __repr__(self) -> str:
        return f"{type(self).__name__}({str(self)!r})"


class ArgumentError(PlusofonError, TypeError, ValueError):
    """An argument of a call has the wrong type or value; nothing was sent."""

    #: the argument's name, e.g. `phone_type` or `path`.
    parameter: str

    def __init__(self, parameter: str, text: str) -> None:
        super().__init__(text)
        self.parameter = parameter
