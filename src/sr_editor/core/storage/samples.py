"""The sample workspace created on first run: a few news articles with generated photos.

The articles are fictional but written like the site's pieces, with regions, country tags, a featured image and
inline images, and carry a few deliberate alt-text problems so the checks have something to show.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PIL import Image, ImageDraw, ImageFilter

from sr_editor.core.article.article import Article
from sr_editor.core.article.frontmatter import serialize_article


@dataclass(frozen=True)
class SampleArticle:
    slug: str
    meta: dict[str, Any]
    body: str
    images: dict[str, tuple[int, int, int]] = field(default_factory=dict)  # file -> (seed, width, height)


def _sample_articles() -> list[SampleArticle]:
    return [
        SampleArticle(
            slug="port-au-prince-teachers-strike",
            meta={
                "title": "Teachers in Port-au-Prince Strike over Eight Months of Unpaid Wages",
                "slug": "port-au-prince-teachers-strike",
                "excerpt": "Public school teachers in Haiti's capital walked out on Monday, demanding back pay and "
                "safe routes to schools in neighbourhoods controlled by armed groups.",
                "status": "review",
                "author": "staff-writer",
                "regions": ["Latin America"],
                "tags": ["Haiti"],
                "featured_image": {
                    "src": "march.jpg",
                    "alt": "Teachers holding hand-painted signs march down a wide avenue under a pale sky",
                    "decorative": False,
                    "caption": "The march set off from the Ministry of Education at 9 a.m.",
                    "credit": "Staff photographer",
                },
            },
            body=(
                "Several thousand public school teachers marched through Port-au-Prince on Monday, the first day "
                "of an open-ended strike called by three of Haiti's teachers' unions.\n\n"
                "\"We have taught for eight months without a single pay slip,\" said a secondary school teacher "
                "from Delmas, who asked that her name not be printed.\n\n"
                "## What the unions demand\n\n"
                "- payment of all wages owed since March;\n"
                "- a transport allowance for teachers crossing contested neighbourhoods;\n"
                "- a written timetable for the reopening of 140 closed schools.\n\n"
                '![Photo of teachers gathered on the steps of the ministry](steps.jpg "Union delegates waited '
                'on the ministry steps for a meeting that did not take place.")\n\n'
                "The ministry said in a statement that salaries would be paid \"as soon as the treasury allows\" "
                "and called on teachers to return to their classrooms.\n"
            ),
            images={"march.jpg": (11, 1600, 1000), "steps.jpg": (12, 1200, 800)},
        ),
        SampleArticle(
            slug="chile-water-rights-referendum",
            meta={
                "title": "Chile’s Farmers Campaign for a Vote on Water Rights",
                "slug": "chile-water-rights-referendum",
                "excerpt": "Small farmers in the Petorca valley say the private water market has left their "
                "wells dry while avocado plantations stay green.",
                "status": "draft",
                "author": "staff-writer",
                "regions": ["Latin America"],
                "tags": ["Chile"],
                "featured_image": {
                    "src": "valley.jpg",
                    "alt": "IMG_2041.jpg",
                    "decorative": False,
                    "caption": "Dry riverbed in the Petorca valley.",
                    "credit": "",
                },
            },
            body=(
                "In the Petorca valley, two hours north of Santiago, the river has not reached the sea for more "
                "than a decade.\n\n"
                "Farmers' associations have collected signatures for a national referendum on the water code "
                "written in 1981, which treats water rights as private property that can be bought and sold.\n\n"
                "![](wells.jpg \"A community well that ran dry in 2019.\")\n\n"
                "| Year | Registered wells | Dry wells |\n"
                "|------|-----------------:|----------:|\n"
                "| 2015 | 212 | 31 |\n"
                "| 2020 | 198 | 87 |\n"
                "| 2025 | 176 | 119 |\n\n"
                "The campaign hopes to deliver the signatures before the winter session of Congress.[^1]\n\n"
                "[^1]: Figures from the valley's irrigation association.\n"
            ),
            images={"valley.jpg": (21, 1800, 1100), "wells.jpg": (22, 1000, 750)},
        ),
        SampleArticle(
            slug="cuba-blackouts-and-the-night-markets",
            meta={
                "title": "Blackouts and Night Markets: How Havana Adapts",
                "slug": "cuba-blackouts-and-the-night-markets",
                "excerpt": "As scheduled power cuts stretch to twelve hours a day, neighbourhoods in Havana "
                "reorganise their lives around the few hours of electricity.",
                "status": "ready",
                "author": "correspondent",
                "regions": [],
                "tags": ["Cuba"],
                "featured_image": {
                    "src": "street-at-night.jpg",
                    "alt": "A street lit only by a few windows and a food stall's lantern",
                    "decorative": False,
                    "caption": "Centro Habana during a scheduled blackout.",
                    "credit": "Correspondent",
                },
            },
            body=(
                "When the lights come back on in Centro Habana, the street changes within minutes: fans start, "
                "phones charge, and a queue forms at the stall that sells frozen juice.\n\n"
                "![](divider.png){.decorative}\n\n"
                "> \"You learn to cook at two in the morning,\" says a retired nurse. \"That is when we have "
                "power.\"\n\n"
                "The national grid operator publishes a daily schedule of cuts by circuit, but residents say the "
                "timetable is rarely kept.\n"
            ),
            images={"street-at-night.jpg": (31, 1400, 900), "divider.png": (32, 900, 40)},
        ),
        SampleArticle(
            slug="nigeria-fuel-subsidy-protests",
            meta={
                "title": "Nigeria: Unions Call a General Strike as Fuel Prices Triple",
                "slug": "nigeria-fuel-subsidy-protests",
                "excerpt": "The Nigeria Labour Congress gave the government seven days to restore price "
                "controls on petrol before a nationwide general strike.",
                "status": "draft",
                "author": "staff-writer",
                "regions": ["Africa"],
                "tags": ["Nigeria", "Ghana"],
                "featured_image": {
                    "src": "queue.jpg",
                    "alt": "Motorcycles and cars queue along a road towards a petrol station",
                    "decorative": False,
                    "caption": "Motorcycles and cars queue along a road towards a petrol station",
                    "credit": "Agency photo",
                },
            },
            body=(
                "Queues stretched for kilometres outside petrol stations in Lagos and Abuja on Tuesday, a week "
                "after the price of a litre of petrol rose from 185 to 617 naira.\n\n"
                "Unions in neighbouring Ghana said they would hold solidarity rallies.\n\n"
                "![A bus conductor counts banknotes beside a minibus](conductor.jpg)\n"
            ),
            images={"queue.jpg": (41, 1500, 1000), "conductor.jpg": (42, 1100, 800)},
        ),
        SampleArticle(
            slug="bolivia-lithium-assembly",
            meta={
                "title": "Bolivia’s Salt-Flat Communities Demand a Say over Lithium",
                "slug": "bolivia-lithium-assembly",
                "excerpt": "An assembly of Quechua and Aymara communities near the Uyuni salt flat voted "
                "to demand binding consultation before any new extraction contract.",
                "status": "published",
                "author": "correspondent",
                "regions": ["Latin America"],
                "tags": ["Bolivia"],
                "featured_image": {
                    "src": "salt-flat.jpg",
                    "alt": "Delegates seated in rows on plastic chairs under a white tent on the salt flat",
                    "decorative": False,
                    "caption": "The assembly met for two days at Colchani.",
                    "credit": "Correspondent",
                },
            },
            body=(
                "Delegates from 34 communities around the Uyuni salt flat met for two days in Colchani and "
                "approved a resolution calling for binding prior consultation — not a *courtesy meeting* — "
                "before the state signs new lithium contracts.\n\n"
                "## Water first\n\n"
                "Brine extraction uses large volumes of water in one of the driest places on earth. "
                "\"Without water there is no quinoa and no llamas,\" one delegate said.\n\n"
                '![Rows of evaporation ponds in shades of blue and green](ponds.jpg "Evaporation ponds at '
                'the state pilot plant.")\n'
            ),
            images={"salt-flat.jpg": (51, 1600, 900), "ponds.jpg": (52, 1200, 700)},
        ),
    ]


def _draw_picture(seed: int, width: int, height: int) -> Image.Image:
    """A soft landscape-like picture: sky gradient, hills and shapes; different for each seed."""
    rng = random.Random(seed)
    top = (rng.randint(90, 200), rng.randint(120, 210), rng.randint(170, 250))
    bottom = (rng.randint(200, 255), rng.randint(170, 230), rng.randint(120, 200))
    image = Image.new("RGB", (width, height), top)
    draw = ImageDraw.Draw(image)
    for y in range(height):
        t = y / max(1, height - 1)
        colour = tuple(int(top[i] * (1 - t) + bottom[i] * t) for i in range(3))
        draw.line([(0, y), (width, y)], fill=colour)
    for layer in range(3):
        base = int(height * (0.55 + 0.13 * layer))
        shade = tuple(max(0, c - 60 - 35 * layer) for c in bottom)
        points = [(0, height)]
        for x in range(0, width + 80, 80):
            points.append((x, base + rng.randint(-height // 12, height // 12)))
        points.append((width, height))
        draw.polygon(points, fill=shade)
    ground = int(height * 0.78)
    for _ in range(rng.randint(10, 22)):  # people: a body and a head, larger when nearer
        depth = rng.random()
        x = rng.randint(0, width)
        y = int(ground + depth * (height - ground) * 0.8)
        r = int(width / 90 * (0.6 + depth))
        colour = (rng.randint(30, 160), rng.randint(20, 90), rng.randint(30, 120))
        draw.rounded_rectangle([x - r, y - 3 * r, x + r, y + r], radius=r, fill=colour)
        draw.ellipse([x - int(r * 0.7), y - 4.6 * r, x + int(r * 0.7), y - 3.2 * r], fill=(92, 64, 51))
    return image.filter(ImageFilter.GaussianBlur(radius=1.2))


def _camera_exif() -> Image.Exif:
    """Camera make and a GPS position, as a phone writes them: publishing and import must strip these."""
    exif = Image.Exif()
    exif[0x010F] = "SampleCam"  # Make
    exif[0x0110] = "SC-1"  # Model
    gps = {1: "N", 2: (18.0, 32.0, 39.0), 3: "W", 4: (72.0, 20.0, 8.0)}  # Port-au-Prince
    exif[0x8825] = gps
    return exif


def _write_image(path: Path, seed: int, width: int, height: int) -> None:
    picture = _draw_picture(seed, width, height)
    if path.suffix.lower() == ".png":
        picture.save(path, format="PNG", optimize=True)
    else:
        picture.save(path, format="JPEG", quality=82, optimize=True, exif=_camera_exif())


def create_sample_workspace(root: Path) -> list[Path]:
    """Create `root` with the sample articles; existing bundles are left alone. Returns the bundle paths."""
    root.mkdir(parents=True, exist_ok=True)
    bundles: list[Path] = []
    for sample in _sample_articles():
        bundle = root / sample.slug
        bundles.append(bundle)
        if (bundle / "index.md").exists():
            continue
        bundle.mkdir(exist_ok=True)
        for name, (seed, width, height) in sample.images.items():
            _write_image(bundle / name, seed, width, height)
        text = serialize_article(Article(meta=dict(sample.meta), body=sample.body))
        (bundle / "index.md").write_text(text, encoding="utf-8", newline="")
    return bundles
