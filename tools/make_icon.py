"""Draw the application icon (a gold star on a red rounded square) with Pillow.

    python tools/make_icon.py

Writes resources/icons/app.png (256 px, the window icon) and app.ico
(16-256 px, the Windows executable's icon). Both are committed; run again only to change
the design.
"""

from __future__ import annotations

import math
from pathlib import Path

from PIL import Image, ImageDraw

OUT = Path(__file__).resolve().parent.parent / "resources" / "icons"
RED = (200, 16, 46, 255)
GOLD = (255, 205, 0, 255)


def star(cx: float, cy: float, outer: float, inner: float) -> list[tuple[float, float]]:
    points = []
    for i in range(10):
        radius = outer if i % 2 == 0 else inner
        angle = -math.pi / 2 + i * math.pi / 5
        points.append((cx + radius * math.cos(angle), cy + radius * math.sin(angle)))
    return points


def draw(size: int = 1024) -> Image.Image:
    image = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    d = ImageDraw.Draw(image)
    margin = size * 0.04
    d.rounded_rectangle((margin, margin, size - margin, size - margin), radius=size * 0.18, fill=RED)
    d.polygon(star(size / 2, size * 0.47, size * 0.36, size * 0.145), fill=GOLD)
    # three steps of a rostrum under the star: a congress
    for i, width in enumerate((0.56, 0.42, 0.28)):
        top = size * (0.86 - 0.05 * i)
        d.rectangle((size * (0.5 - width / 2), top, size * (0.5 + width / 2), top + size * 0.035), fill=GOLD)
    return image


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    big = draw()
    big.resize((256, 256), Image.LANCZOS).save(OUT / "app.png", optimize=True)
    big.save(OUT / "app.ico", sizes=[(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)])
    print(OUT / "app.png")
    print(OUT / "app.ico")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
