"""Count what each chapter offers a reader: words of prose, figures, exercises, exported names, test cells.

`python scripts/book_stats.py` prints a table; `--json FILE` also writes it as JSON.
Figures are plot outputs saved in the notebook plus images referenced from markdown (SVG/PNG diagrams).
Exercises are the numbered items of the `## Exercises` section."""
import json
import re
import sys
from pathlib import Path

root = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(root / "scripts"))
from make_readme import chapters  # noqa: E402


def stats(path: Path) -> dict:
    "Counts for one notebook."
    cells = json.loads(path.read_text())["cells"]
    words = plots = images = exercises = exports = 0
    in_exercises = False
    for c in cells:
        src = "".join(c["source"])
        if c["cell_type"] == "markdown":
            words += len(src.split())
            images += len(re.findall(r"!\[[^\]]*\]\([^)]+\.(?:svg|png)\)|<img ", src))
            for line in src.splitlines():
                if line.startswith("## "): in_exercises = line.strip().lower().startswith("## exercises")
                elif in_exercises and re.match(r"^(\d+\.\s|\*\*\d+\.|\*\*Exercise \d+|### Exercise)", line):
                    exercises += 1
        else:
            if re.search(r"^#\|\s*export", src, flags=re.M): exports += 1
            for o in c.get("outputs", []):
                if "image/png" in o.get("data", {}) or "image/svg+xml" in o.get("data", {}): plots += 1
    return dict(notebook=path.stem, words=words, figures=plots + images, exercises=exercises,
                export_cells=exports)


if __name__ == "__main__":
    rows = [stats(p) for p in chapters()]
    print(f"{'notebook':24s} {'words':>6s} {'figures':>7s} {'exercises':>9s} {'export cells':>12s}")
    for r in rows:
        print(f"{r['notebook']:24s} {r['words']:6d} {r['figures']:7d} {r['exercises']:9d} "
              f"{r['export_cells']:12d}")
    total = {k: sum(r[k] for r in rows) for k in ["words", "figures", "exercises", "export_cells"]}
    print(f"{'total':24s} {total['words']:6d} {total['figures']:7d} {total['exercises']:9d} "
          f"{total['export_cells']:12d}")
    if "--json" in sys.argv:
        Path(sys.argv[sys.argv.index("--json") + 1]).write_text(json.dumps(rows, indent=1))
