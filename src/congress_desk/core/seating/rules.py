"""The protocol rules of auto-seating, their order and options, kept in the settings."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING

from ..changes import Changes
from ..event import get_value, set_value
from ..i18n import translate
from ..registry import UNIT_KINDS
from .placement import SEATING_RULES

if TYPE_CHECKING:
    from sqlite_utils import Database

RULES = tuple(SEATING_RULES)   # the rules' names, in the default order (one function each)
SETTINGS_KEY = "seating_rules"


def rule_label(rule: str) -> str:
    return {
        "presidium": translate("core", "Presidium on stage, in rank order"),
        "guests_front": translate("core", "Leaders and guests in the front centre, by rank"),
        "honorees_aisle": translate("core", "Honorees near the aisles, in award order"),
        "press_staff": translate("core", "Press and staff at the sides and back"),
        "delegations": translate("core", "Each unit's delegation together, units by kind"),
    }.get(rule, rule)


@dataclass
class SeatingRules:
    order: list[str] = field(default_factory=lambda: list(RULES))
    disabled: list[str] = field(default_factory=list)
    unit_kinds: list[str] = field(default_factory=lambda: list(UNIT_KINDS))
    aisle_distance: int = 2  # an honoree sits at most this many seats from an aisle

    def enabled(self) -> list[str]:
        return [r for r in self.order if r not in self.disabled]

    def normalised(self) -> SeatingRules:
        order = [r for r in self.order if r in RULES]
        order += [r for r in RULES if r not in order]
        kinds = [k for k in self.unit_kinds if k in UNIT_KINDS]
        kinds += [k for k in UNIT_KINDS if k not in kinds]
        return SeatingRules(order, [r for r in self.disabled if r in RULES], kinds,
                            max(0, int(self.aisle_distance)))


def load_rules(db: Database) -> SeatingRules:
    data = get_value(db, SETTINGS_KEY) or {}
    try:
        rules = SeatingRules(**{k: v for k, v in data.items() if k in SeatingRules.__dataclass_fields__})
    except (TypeError, ValueError):
        rules = SeatingRules()
    return rules.normalised()


def save_rules(db: Database, rules: SeatingRules) -> Changes:
    with db.atomic():
        set_value(db, SETTINGS_KEY, asdict(rules.normalised()))
    return Changes.of("event")
