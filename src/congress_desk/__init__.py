"""Congress Desk: run a Patriotic Emulation Congress from intake to check-in."""

__version__ = "0.1.0"
APP_NAME = "Congress Desk"
APP_ID = "congress-desk"
ORG = "CongressDesk"
