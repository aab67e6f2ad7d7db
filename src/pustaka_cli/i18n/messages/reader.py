"""Messages: reader."""

MESSAGES: dict[str, dict[str, str]] = {
}
