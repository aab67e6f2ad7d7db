"""One module per command (or family of commands); each has ``register(app, t)``."""
