"""The desktop window (PySide6): it calls the services only through `operations`."""
