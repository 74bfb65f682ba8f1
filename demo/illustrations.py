"""Drawn illustrations for the demo content (``seed_demo``), made with Pillow at seed time.

The demo articles and the sample conference have no real photos. Rather than grey boxes, the
demo gets simple flat drawings of the scenes the articles describe — a conference hall with the
red backdrop and gold star, a signing with a handshake, a neighbourhood festival, gifts handed
over, a supervision visit — each clearly captioned "Ảnh minh họa" by the caller. No text is drawn
inside the pictures (no font is needed and nothing can be mistaken for a real photo caption).

Deterministic: the same scene, palette and seed always give the same picture.
"""

from __future__ import annotations

import functools
import io
import random
from dataclasses import dataclass

from PIL import Image, ImageDraw, ImageFilter

#: Final size (16:9, as wide as the largest cover rendition).
SIZE = (1200, 675)
#: Drawn this many times larger, then scaled down: smooth edges without anti-aliasing support.
SUPERSAMPLE = 2

SCENES = ("hall", "signing", "festival", "gifts", "inspection")

SKIN = [(241, 203, 167), (226, 183, 145), (206, 160, 120), (234, 192, 160)]
HAIR = [(34, 30, 32), (45, 38, 36), (60, 50, 46), (28, 26, 30), (110, 108, 112)]


@dataclass(frozen=True)
class Palette:
    wall: tuple[int, int, int]
    floor: tuple[int, int, int]
    backdrop: tuple[int, int, int]
    accent: tuple[int, int, int]
    cloth: tuple[int, int, int]
    clothes: tuple[tuple[int, int, int], ...]


PALETTES = {
    # Tin tức - Sự kiện: the classic hall, red and gold.
    "red": Palette(
        wall=(244, 233, 214),
        floor=(156, 96, 64),
        backdrop=(178, 24, 32),
        accent=(250, 204, 21),
        cloth=(250, 250, 247),
        clothes=((250, 250, 250), (40, 52, 74), (236, 236, 230), (60, 64, 72), (222, 228, 240)),
    ),
    # Hoạt động Mặt trận: warm, festive.
    "warm": Palette(
        wall=(255, 226, 178),
        floor=(188, 120, 72),
        backdrop=(200, 54, 38),
        accent=(255, 214, 64),
        cloth=(255, 244, 225),
        clothes=((214, 64, 52), (245, 245, 240), (36, 99, 160), (250, 204, 21), (90, 140, 80)),
    ),
    # Giám sát và phản biện xã hội: calm blues.
    "blue": Palette(
        wall=(226, 236, 244),
        floor=(92, 110, 130),
        backdrop=(26, 74, 128),
        accent=(236, 196, 72),
        cloth=(245, 248, 252),
        clothes=((250, 250, 250), (30, 41, 59), (203, 213, 225), (51, 65, 85), (241, 245, 249)),
    ),
    # An sinh xã hội: green and orange.
    "green": Palette(
        wall=(232, 243, 226),
        floor=(120, 140, 90),
        backdrop=(22, 110, 70),
        accent=(249, 168, 37),
        cloth=(255, 250, 240),
        clothes=((249, 115, 22), (250, 250, 250), (22, 101, 52), (234, 179, 8), (71, 85, 105)),
    ),
}


@functools.lru_cache(maxsize=64)
def illustration_jpeg(scene: str, *, palette: str = "red", seed: int = 0) -> bytes:
    """The illustration as JPEG bytes (about 60–120 KB); drawn once per process."""
    image = illustration(scene, palette=palette, seed=seed)
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=86, optimize=True, progressive=True)
    return buffer.getvalue()


def illustration(scene: str, *, palette: str = "red", seed: int = 0) -> Image.Image:
    if scene not in SCENES:
        raise ValueError(f"unknown scene {scene!r}")
    colours = PALETTES[palette]
    width, height = SIZE[0] * SUPERSAMPLE, SIZE[1] * SUPERSAMPLE
    image = Image.new("RGB", (width, height), colours.wall)
    draw = ImageDraw.Draw(image)
    rng = random.Random(f"{scene}:{palette}:{seed}")
    _SCENE_PAINTERS[scene](_Canvas(draw, width, height, rng, colours))
    image = image.resize(SIZE, Image.Resampling.LANCZOS)
    return image.filter(ImageFilter.SMOOTH_MORE) if scene == "festival" else image


class _Canvas:
    """Coordinates in a 1200 × 675 space, scaled to the drawing's real size."""

    def __init__(self, draw, width, height, rng, colours: Palette):
        self.draw, self.rng, self.c = draw, rng, colours
        self.k = width / SIZE[0]

    def s(self, *values):
        return [round(v * self.k) for v in values]

    def rect(self, box, fill, radius=0, outline=None, width=0):
        self.draw.rounded_rectangle(
            self.s(*box),
            radius=round(radius * self.k),
            fill=fill,
            outline=outline,
            width=round(width * self.k),
        )

    def ellipse(self, box, fill):
        self.draw.ellipse(self.s(*box), fill=fill)

    def polygon(self, points, fill):
        self.draw.polygon([tuple(self.s(x, y)) for x, y in points], fill=fill)

    def pieslice(self, box, start, end, fill):
        self.draw.pieslice(self.s(*box), start, end, fill=fill)

    # --- recurring elements ------------------------------------------------------------------

    def star(self, cx, cy, r, fill):
        import math

        points = []
        for i in range(10):
            radius = r if i % 2 == 0 else r * 0.382
            angle = -math.pi / 2 + i * math.pi / 5
            points.append((cx + radius * math.cos(angle), cy + radius * math.sin(angle)))
        self.polygon(points, fill)

    def backdrop(self, x0, y0, x1, y1):
        """The stage backdrop: red (palette) panel, gold star, a banner strip of "text"."""
        self.rect((x0, y0, x1, y1), self.c.backdrop, radius=6)
        self.rect((x0, y0, x1, y0 + 14), self.c.accent)
        cx = (x0 + x1) / 2
        self.star(cx, y0 + 78, 46, self.c.accent)
        # Banner lines: light bars standing in for the conference title.
        for row, (w, top) in enumerate(((0.62, 140), (0.44, 170))):
            half = (x1 - x0) * w / 2
            shade = self.c.accent if row == 0 else (250, 240, 220)
            self.rect((cx - half, y0 + top, cx + half, y0 + top + 14), shade, radius=7)

    def flowers(self, cx, base, spread=60):
        self.rect((cx - 26, base - 40, cx + 26, base), (120, 72, 40), radius=6)
        for _ in range(22):
            x = cx + self.rng.uniform(-spread, spread)
            y = base - 40 - self.rng.uniform(0, 46)
            r = self.rng.uniform(7, 12)
            colour = self.rng.choice(
                [(220, 38, 38), (250, 204, 21), (244, 114, 182), (255, 255, 255)]
            )
            self.ellipse((x - r, y - r, x + r, y + r), colour)
        for _ in range(10):
            x = cx + self.rng.uniform(-spread, spread)
            y = base - 36 - self.rng.uniform(0, 30)
            self.ellipse((x - 10, y - 5, x + 10, y + 5), (46, 125, 50))

    def person_front(self, cx, base, scale=1.0, clothes=None, arms_up=False):
        """A seated or standing person seen from the front, drawn down to ``base``."""
        rng = self.rng
        clothes = clothes or rng.choice(self.c.clothes)
        skin, hair = rng.choice(SKIN), rng.choice(HAIR)
        w, head = 46 * scale, 17 * scale
        self.rect(
            (cx - w, base - 62 * scale, cx + w, base + 40 * scale), clothes, radius=22 * scale
        )
        self.polygon(
            [
                (cx - 9 * scale, base - 62 * scale),
                (cx + 9 * scale, base - 62 * scale),
                (cx, base - 44 * scale),
            ],
            skin,
        )
        top = base - 62 * scale - 2 * head - 6 * scale
        self.ellipse((cx - head, top, cx + head, top + 2.3 * head), skin)
        self.pieslice((cx - head - 2, top - 3, cx + head + 2, top + 1.6 * head), 180, 360, hair)
        if arms_up:  # clapping hands in front of the chest
            self.ellipse(
                (cx - 14 * scale, base - 40 * scale, cx + 14 * scale, base - 22 * scale), skin
            )

    def person_back(self, cx, base, scale=1.0):
        """Audience seen from behind: shoulders and the back of the head."""
        rng = self.rng
        clothes, hair = rng.choice(self.c.clothes), rng.choice(HAIR)
        w, head = 50 * scale, 19 * scale
        self.rect(
            (cx - w, base - 30 * scale, cx + w, base + 60 * scale), clothes, radius=26 * scale
        )
        self.ellipse(
            (cx - head, base - 30 * scale - 2 * head, cx + head, base - 24 * scale + 0.2 * head),
            hair,
        )

    def audience(self, rows, y_first, spacing_y, x_step, scale0=0.9, growth=0.18):
        for row in range(rows):
            scale = scale0 + growth * row
            base = y_first + row * spacing_y
            offset = (row % 2) * x_step / 2 + self.rng.uniform(-8, 8)
            x = -x_step / 2 + offset
            while x < SIZE[0] + x_step:
                self.person_back(x + self.rng.uniform(-6, 6), base, scale)
                x += x_step * scale

    def long_table(self, x0, x1, top, depth=70):
        self.rect((x0, top, x1, top + depth), self.c.cloth, radius=4)
        self.rect((x0, top + depth - 16, x1, top + depth), self.c.backdrop)
        for x in range(int(x0) + 60, int(x1) - 40, 150):  # name plates and water bottles
            self.rect(
                (x, top - 16, x + 46, top + 2), (255, 255, 255), outline=(200, 200, 200), width=1
            )
            self.rect((x + 70, top - 30, x + 78, top + 2), (186, 230, 253), radius=3)


# --- scenes --------------------------------------------------------------------------------------


def _hall(cv: _Canvas) -> None:
    c = cv.c
    cv.rect((0, 470, 1200, 675), c.floor)
    cv.backdrop(170, 40, 1030, 330)
    cv.rect((110, 40, 160, 460), c.backdrop, radius=4)  # side curtains
    cv.rect((1040, 40, 1090, 460), c.backdrop, radius=4)
    for cx in range(290, 960, 110):
        cv.person_front(cx + cv.rng.uniform(-6, 6), 392, scale=0.78)
    cv.long_table(200, 1000, 360, depth=80)
    cv.flowers(600, 470, spread=90)
    cv.audience(rows=3, y_first=540, spacing_y=62, x_step=118, scale0=0.95)


def _signing(cv: _Canvas) -> None:
    c = cv.c
    cv.rect((0, 470, 1200, 675), c.floor)
    cv.backdrop(120, 40, 1080, 340)
    for cx in (250, 360, 840, 950):  # witnesses, clapping
        cv.person_front(cx, 420, scale=0.85, arms_up=True)
    # Two people shaking hands, each holding the signed programme.
    for cx, direction, colour in ((520, 1, (40, 52, 74)), (680, -1, (60, 64, 72))):
        cv.person_front(cx, 430, scale=1.05, clothes=colour)
        hand_y = 400
        cv.rect(
            (
                min(cx, 600) + (10 if direction == 1 else -10),
                hand_y - 10,
                max(cx, 600),
                hand_y + 12,
            ),
            colour,
            radius=10,
        )
        folder_x = cx - direction * 52
        cv.rect((folder_x - 26, 392, folder_x + 26, 436), c.backdrop, radius=3)
        cv.star(folder_x, 414, 9, c.accent)
    cv.ellipse((586, 390, 614, 414), SKIN[0])
    cv.long_table(300, 900, 470, depth=70)
    cv.rect((540, 458, 660, 472), (255, 255, 255))
    cv.audience(rows=2, y_first=600, spacing_y=64, x_step=124, scale0=1.0)


def _festival(cv: _Canvas) -> None:
    c = cv.c
    cv.rect((0, 0, 1200, 675), (191, 224, 250))
    cv.ellipse((960, 40, 1060, 140), (255, 236, 150))
    x = 0
    facade = [(250, 226, 180), (244, 200, 160), (220, 232, 210), (238, 214, 230), (255, 240, 200)]
    while x < 1200:  # a row of narrow tube houses
        w = cv.rng.randint(110, 160)
        top = cv.rng.randint(120, 220)
        cv.rect((x, top, x + w, 480), cv.rng.choice(facade))
        cv.rect((x - 6, top - 12, x + w + 6, top), (150, 70, 50))
        for wy in range(top + 30, 440, 80):
            cv.rect((x + 20, wy, x + w - 20, wy + 40), (120, 160, 190), radius=4)
            cv.rect((x + 14, wy + 40, x + w - 14, wy + 48), (90, 90, 90))
        x += w
    cv.rect((0, 480, 1200, 675), (200, 190, 170))
    # Bunting: red and yellow pennants on two lines.
    for line_y, phase in ((110, 0), (180, 1)):
        cv.draw.line(cv.s(0, line_y, 1200, line_y + 20), fill=(90, 90, 90), width=round(2 * cv.k))
        for i, fx in enumerate(range(10, 1200, 50)):
            colour = c.backdrop if (i + phase) % 2 == 0 else c.accent
            fy = line_y + 20 * fx / 1200
            cv.polygon([(fx, fy), (fx + 36, fy), (fx + 18, fy + 34)], colour)
    # Stage banner with the star.
    cv.rect((360, 250, 840, 360), c.backdrop, radius=6)
    cv.star(600, 300, 34, c.accent)
    cv.rect((420, 336, 780, 346), c.accent, radius=5)
    cv.audience(rows=3, y_first=500, spacing_y=64, x_step=112, scale0=0.85)


def _gifts(cv: _Canvas) -> None:
    c = cv.c
    cv.rect((0, 470, 1200, 675), c.floor)
    cv.backdrop(140, 40, 1060, 320)
    for cx in (300, 460, 740, 900):
        cv.person_front(cx, 405, scale=0.95)
    cv.long_table(180, 1020, 440, depth=80)
    for i, gx in enumerate(range(220, 1000, 92)):  # gift boxes with ribbons
        h = 40 + (i % 3) * 10
        box = c.backdrop if i % 2 == 0 else c.accent
        ribbon = c.accent if i % 2 == 0 else c.backdrop
        cv.rect((gx, 440 - h, gx + 70, 440), box, radius=4)
        cv.rect((gx + 30, 440 - h, gx + 40, 440), ribbon)
        cv.rect((gx, 440 - h + 18, gx + 70, 440 - h + 28), ribbon)
        cv.ellipse((gx + 18, 440 - h - 16, gx + 36, 440 - h + 2), ribbon)
        cv.ellipse((gx + 34, 440 - h - 16, gx + 52, 440 - h + 2), ribbon)
    cv.audience(rows=2, y_first=600, spacing_y=64, x_step=124, scale0=1.0)


def _inspection(cv: _Canvas) -> None:
    """A supervision team at a meeting table, with a wall board and a fire extinguisher."""
    c = cv.c
    cv.rect((0, 430, 1200, 675), c.floor)
    cv.backdrop(330, 40, 870, 270)
    cv.rect((60, 90, 270, 330), (255, 255, 255), radius=6, outline=(180, 190, 200), width=3)
    for row in range(6):  # a notice board with a chart
        cv.rect(
            (80, 110 + row * 34, 80 + cv.rng.randint(90, 170), 124 + row * 34),
            (148, 163, 184),
            radius=6,
        )
    for i, h in enumerate((60, 90, 120, 80)):
        cv.rect(
            (900 + i * 60, 330 - h, 940 + i * 60, 330), c.backdrop if i % 2 else c.accent, radius=3
        )
    cv.rect((890, 330, 1150, 336), (100, 116, 139))
    cv.rect((1110, 360, 1146, 440), (220, 38, 38), radius=12)  # extinguisher
    cv.rect((1120, 346, 1136, 362), (40, 40, 40))
    # Round of people on both sides of a table seen in perspective.
    cv.polygon([(330, 420), (870, 420), (1010, 600), (190, 600)], c.cloth)
    cv.polygon([(190, 600), (1010, 600), (1010, 620), (190, 620)], c.backdrop)
    for cx in range(410, 820, 100):
        cv.person_front(cx, 400, scale=0.75)
    for i, y in enumerate((470, 540)):
        cv.person_back(190 + i * 30 - 60, y + 40, 1.1)
        cv.person_back(1010 - i * 30 + 60, y + 40, 1.1)
    for x in range(380, 860, 120):  # papers on the table
        cv.rect((x, 470, x + 70, 510), (255, 255, 255), outline=(200, 200, 200), width=1)


_SCENE_PAINTERS = {
    "hall": _hall,
    "signing": _signing,
    "festival": _festival,
    "gifts": _gifts,
    "inspection": _inspection,
}


# --- portraits -----------------------------------------------------------------------------------

#: A portrait's size (3:4, as the leaders' page shows them).
PORTRAIT_SIZE = (600, 800)

SUITS = [(31, 41, 55), (30, 58, 95), (55, 65, 81), (68, 64, 60)]
AO_DAI = [(153, 27, 27), (30, 64, 175), (190, 24, 93), (21, 94, 117)]


@functools.lru_cache(maxsize=16)
def portrait_jpeg(seed: int, *, woman: bool) -> bytes:
    """A drawn head-and-shoulders portrait (no face features: plainly not a photo)."""
    image = portrait(seed, woman=woman)
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=88, optimize=True)
    return buffer.getvalue()


def portrait(seed: int, *, woman: bool) -> Image.Image:
    rng = random.Random(f"portrait:{seed}:{woman}")
    k = SUPERSAMPLE
    width, height = PORTRAIT_SIZE[0] * k, PORTRAIT_SIZE[1] * k
    image = Image.new("RGB", (width, height))
    draw = ImageDraw.Draw(image)
    top, bottom = (214, 228, 240), (150, 180, 210)  # the studio's blue backdrop
    for y in range(height):
        t = y / height
        draw.line(
            [(0, y), (width, y)],
            fill=tuple(round(a + (b - a) * t) for a, b in zip(top, bottom, strict=True)),
        )

    def s(*values):
        return [round(v * k) for v in values]

    skin = rng.choice(SKIN)
    hair = rng.choice(HAIR[:4] if woman else HAIR)
    cx = 300
    clothes = rng.choice(AO_DAI if woman else SUITS)
    # Shoulders and body.
    draw.rounded_rectangle(s(cx - 230, 530, cx + 230, 900), radius=150 * k, fill=clothes)
    # Neck.
    draw.rectangle(s(cx - 42, 420, cx + 42, 545), fill=skin)
    if woman:  # the áo dài's high collar
        draw.rounded_rectangle(s(cx - 50, 500, cx + 50, 560), radius=12 * k, fill=clothes)
    else:  # shirt, tie, lapels
        draw.polygon(
            [tuple(s(x, y)) for x, y in ((cx - 70, 530), (cx + 70, 530), (cx, 690))],
            fill=(250, 250, 250),
        )
        draw.polygon(
            [
                tuple(s(x, y))
                for x, y in (
                    (cx - 16, 585),
                    (cx + 16, 585),
                    (cx + 24, 760),
                    (cx, 790),
                    (cx - 24, 760),
                )
            ],
            fill=rng.choice([(153, 27, 27), (30, 64, 175), (91, 33, 182)]),
        )
        for side in (-1, 1):
            draw.polygon(
                [
                    tuple(s(x, y))
                    for x, y in (
                        (cx + side * 70, 560),
                        (cx + side * 130, 580),
                        (cx + side * 20, 760),
                    )
                ],
                fill=tuple(max(0, c - 18) for c in clothes),
            )
    # Head and hair.
    if woman:  # long hair behind the head
        draw.rounded_rectangle(s(cx - 122, 190, cx + 122, 440), radius=80 * k, fill=hair)
    draw.ellipse(s(cx - 105, 200, cx + 105, 470), fill=skin)
    draw.ellipse(s(cx - 122, 300, cx - 92, 360), fill=skin)  # ears
    draw.ellipse(s(cx + 92, 300, cx + 122, 360), fill=skin)
    draw.chord(s(cx - 112, 180, cx + 112, 400), 180, 360, fill=hair)
    if not woman:
        draw.rectangle(s(cx - 110, 280, cx - 98, 320), fill=hair)
        draw.rectangle(s(cx + 98, 280, cx + 110, 320), fill=hair)
    return image.resize(PORTRAIT_SIZE, Image.Resampling.LANCZOS)
