"""Setting Cadence up: the first-run wizard, and the settings dialog that edits the
same company settings later, with this computer's own preferences."""
