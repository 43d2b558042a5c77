"""The window: Qt only. It calls the core; the core never knows it."""
