"""User settings, each declared once with its type and default (stored as JSON).

Kept in the user's config folder (platformdirs), not in the event file: they
belong to the person at this PC, not to the congress.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from .. import APP_ID, ORG

MAX_RECENT = 10


@dataclass(frozen=True)
class Setting:
    key: str
    type: type
    default: object


SETTINGS = {
    s.key: s
    for s in (
        Setting("language", str, "vi"),
        Setting("recent_files", list, []),
        Setting("window_geometry", str, ""),
        Setting("window_state", str, ""),
        Setting("dialog_sizes", dict, {}),  # dialog class -> [width, height] the user left it at
        Setting("last_directory", str, ""),
        Setting("current_tab", str, ""),
        Setting("user_name", str, ""),
        Setting("desk_name", str, ""),  # the check-in desk this PC is ("Bàn 3")
        Setting("desk_folders", dict, {}),  # event file -> the shared journal folder chosen here
    )
}


def config_file() -> Path:
    return Path(platformdirs.user_config_dir(APP_ID, ORG)) / "settings.json"


class Settings:
    """Typed access to the settings file; writes are atomic."""

    def __init__(self, path: Path | None = None):
        self.path = path or config_file()
        self._values: dict = {}
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            if isinstance(data, dict):
                self._values = data
        except (OSError, ValueError):
            self._values = {}

    def get(self, key: str):
        setting = SETTINGS[key]
        value = self._values.get(key, setting.default)
        if not isinstance(value, setting.type):
            value = setting.default
        return type(value)(value) if isinstance(value, (list, dict)) else value  # a copy to change

    def set(self, key: str, value) -> None:
        setting = SETTINGS[key]
        if not isinstance(value, setting.type):
            raise TypeError(f"setting {key} must be {setting.type.__name__}")
        if key in self._values and self._values[key] == value and self.path.exists():
            return  # unchanged: no write (opening the usual file at start-up writes nothing)
        self._values[key] = value
        self.save()

    def save(self) -> None:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            tmp = self.path.with_name(self.path.name + ".tmp")
            tmp.write_text(json.dumps(self._values, ensure_ascii=False, indent=1), encoding="utf-8")
            os.replace(tmp, self.path)
        except OSError:
            pass  # settings are a convenience; never stop work for them

    # ---------------------------------------------------------------- recent files
    def recent_files(self) -> list[str]:
        return [p for p in self.get("recent_files") if isinstance(p, str)]

    def add_recent(self, path: str | Path) -> None:
        path = str(Path(path).absolute())
        recent = [p for p in self.recent_files() if p != path]
        self.set("recent_files", [path, *recent][:MAX_RECENT])

    def remove_recent(self, path: str | Path) -> None:
        path = str(Path(path).absolute())
        self.set("recent_files", [p for p in self.recent_files() if p != path])
