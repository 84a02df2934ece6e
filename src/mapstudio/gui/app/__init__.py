"""The Qt application: main window, inspector, dialogs."""
