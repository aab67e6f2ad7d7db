"""Messages: write."""

MESSAGES: dict[str, dict[str, str]] = {}
