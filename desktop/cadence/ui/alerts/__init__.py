"""Alerts in the window: the panel docked on the right, and the tray's notices of new
alerts while the window is out of sight. `install_alerts(window)` puts them in place."""
