"""slant's exceptions: catch ``SlantError`` for all of them, or the built-in they extend."""


class SlantError(Exception):
    """Base class of every error slant raises on purpose."""


class SlantTypeError(SlantError, TypeError):
    """An argument (or a batch item) has the wrong type; the message names it and its position."""


class SlantValueError(SlantError, ValueError):
    """An argument has the right type but a value slant cannot use; the message says which."""
