#!/usr/bin/env python3
"""Take the README's picture of the graph page: the page of examples/, in headless Chromium.

Builds the graph of the example articles (``examples/*.jsonl`` and
``examples/*.txt``) with the installed spaCy pipeline, writes its page, opens it
in Debian's Chromium with every request off ``file://`` refused, chooses an
entity (clicks it) so the side panel shows its relations and evidence,
and saves the view as a small PNG (256 colours)::

    .venv/bin/python scripts/screenshot.py                  # docs/graph-page.png, India chosen
    .venv/bin/python scripts/screenshot.py --select "Kenji Sato" --out /tmp/page.png

Exits 1 with a message if Chromium is missing, the page asks for anything
outside itself, or it logs an error.
"""

from __future__ import annotations

import argparse
import io
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def build_page(folder: Path, title: str) -> Path:
    """The page of the example articles, written into ``folder``."""
    import kg
    from kg.viz import write_html

    inputs = sorted((ROOT / "examples").glob("*.jsonl")) + sorted(
        (ROOT / "examples").glob("*.txt")
    )
    builder = kg.GraphBuilder()
    documents = [
        item for item in kg.read_inputs(inputs) if isinstance(item, kg.Document)
    ]
    failed = [result for result in builder.add_documents(documents) if not result.ok]
    if failed:
        raise SystemExit(f"screenshot: {len(failed)} example documents failed to build")
    return write_html(builder.graph, folder / "graph.html", title=title)


def shoot(page: Path, select: str | None, size: tuple[int, int]) -> bytes:
    """A PNG of ``page`` in Chromium, with the entity labelled ``select`` clicked."""
    from playwright.sync_api import sync_playwright

    problems: list[str] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            context = browser.new_context(
                viewport={"width": size[0], "height": size[1]}, device_scale_factor=1
            )
            context.route(
                "**/*",
                lambda route: (
                    route.continue_()
                    if route.request.url.startswith("file:")
                    else (
                        problems.append(f"outside request: {route.request.url}"),
                        route.abort(),
                    )
                ),
            )
            tab = context.new_page()
            tab.on(
                "console",
                lambda m: (
                    problems.append(f"console {m.type}: {m.text}")
                    if m.type == "error"
                    else None
                ),
            )
            tab.on("pageerror", lambda e: problems.append(f"page error: {e}"))
            tab.goto(page.as_uri())
            tab.wait_for_selector(
                "html[data-kg-ready=true]", state="attached", timeout=120_000
            )
            if (
                select
            ):  # clicked where it is drawn, so the picture keeps the whole graph
                ids = tab.evaluate(
                    """name => JSON.parse(document.getElementById('kg-data').textContent).nodes
                                       .filter(n => n.label === name).map(n => n.id)""",
                    select,
                )
                if not ids:
                    raise SystemExit(
                        f"screenshot: no entity is called {select!r} in the examples"
                    )
                at = tab.evaluate(
                    "id => network.canvasToDOM(network.getPosition(id))", ids[0]
                )
                box = tab.locator("#kg-network").bounding_box()
                tab.mouse.click(box["x"] + at["x"], box["y"] + at["y"])
                tab.mouse.move(box["x"] + 5, box["y"] + 5)  # no tooltip in the picture
                # the camera, not the graph: the whole drawing in the part the panel leaves uncovered
                tab.evaluate("""() => {
                    const panel = document.getElementById('kg-details').offsetWidth;
                    const view = network.getViewPosition(), scale = network.getScale() * 0.85;
                    network.moveTo({position: {x: view.x + panel / 2 / scale, y: view.y}, scale: scale});
                }""")
            tab.wait_for_timeout(300)
            png = tab.screenshot()
        finally:
            browser.close()
    if problems:
        raise SystemExit("screenshot: " + "; ".join(problems))
    return png


def small_png(png: bytes) -> bytes:
    """The same picture in 256 colours, a fraction of the size."""
    from PIL import Image

    out = io.BytesIO()
    Image.open(io.BytesIO(png)).convert("RGB").quantize(
        colors=256, dither=Image.Dither.NONE
    ).save(out, "PNG", optimize=True)
    return out.getvalue()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--out",
        type=Path,
        default=ROOT / "docs" / "graph-page.png",
        help="the PNG to write",
    )
    parser.add_argument(
        "--select",
        default="India",
        help="the entity to click, by its label ('' for none)",
    )
    parser.add_argument(
        "--size", type=int, nargs=2, default=(1440, 810), metavar=("WIDTH", "HEIGHT")
    )
    parser.add_argument("--title", default="newskg: the example articles")
    args = parser.parse_args()
    if not Path(CHROMIUM).is_file():
        raise SystemExit(
            f"screenshot: needs Debian's chromium at {CHROMIUM} (apt-get install chromium)"
        )
    with tempfile.TemporaryDirectory() as folder:
        png = small_png(
            shoot(
                build_page(Path(folder), args.title),
                args.select or None,
                tuple(args.size),
            )
        )
    args.out.write_bytes(png)
    print(f"screenshot: wrote {args.out} ({len(png) // 1024} KB)", file=sys.stderr)


if __name__ == "__main__":
    main()
