"""The extract and eval commands, run as a user runs them."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

FIXTURES = Path(__file__).parent / "fixtures" / "articles"
GOLD = """
id: andes
text: andes-fair.txt
entities:
  - {name: Lena Ortiz, type: Person, aliases: [Ortiz]}
  - {name: Quito, type: Place, aliases: []}
  - {name: Guayaquil, type: Place, aliases: []}
  - {name: Yunnan Meets the Andes, type: Event, aliases: []}
relations:
  - [Yunnan Meets the Andes, locatedIn, Quito]
  - [Yunnan Meets the Andes, locatedIn, Guayaquil]
  - [Lena Ortiz, participatedIn, Yunnan Meets the Andes]
"""


def kgbuilder(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    script = Path(sys.executable).parent / "kgbuilder"
    return subprocess.run(
        [str(script), *args], cwd=cwd, capture_output=True, text=True, check=False
    )


def test_cli_extract_then_eval(tmp_path: Path) -> None:
    gold_dir = tmp_path / "gold"
    gold_dir.mkdir()
    (gold_dir / "andes-fair.txt").write_bytes((FIXTURES / "andes-fair.txt").read_bytes())
    (gold_dir / "andes.gold.yaml").write_text(GOLD, encoding="utf-8")
    done = kgbuilder("extract", str(gold_dir / "andes-fair.txt"), "--out", "g.ttl", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "g.ttl").is_file()
    done = kgbuilder(
        "eval", "--gold", str(gold_dir), "--graph", "g.ttl", "--json", "s.json", cwd=tmp_path
    )
    assert done.returncode == 0, done.stderr
    assert "relations" in done.stdout
    scores = json.loads((tmp_path / "s.json").read_text(encoding="utf-8"))
    (gold,) = scores["gold"]
    assert gold["relations"]["recall"] == 1.0
    assert gold["entities"]["fn"] == 0
    # eval without --graph extracts the gold text itself
    done = kgbuilder("eval", "--gold", str(gold_dir), "--json", "s2.json", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    again = json.loads((tmp_path / "s2.json").read_text(encoding="utf-8"))
    assert again["gold"][0]["relations"] == gold["relations"]


def test_cli_eval_without_gold_is_one_line_error(tmp_path: Path) -> None:
    done = kgbuilder("eval", "--gold", str(tmp_path / "nothing.gold.yaml"), cwd=tmp_path)
    assert done.returncode == 1
    assert done.stderr.startswith("error:")
