"""The store: the only part of pustaka that reads or writes files."""
