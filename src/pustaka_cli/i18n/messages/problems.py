"""Messages: problems."""

MESSAGES: dict[str, dict[str, str]] = {
}
