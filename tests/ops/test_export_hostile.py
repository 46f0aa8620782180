"""Exports clean up after a killed export and survive names Word and file systems refuse."""
import io
import os

import docx

from editor.core.model import IssueMeta
from editor.export import BY_NAME, FORMATS
from editor.ops.exporting import export_issues

DOCX = BY_NAME["docx"]



def test_leftover_temporary_files_are_removed_by_the_next_export(seeded, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    killed = out / ".江西工人报_第11期.md.0123abcd.tmp"  # what a killed write_atomic leaves
    killed.write_bytes(b"half a file")
    mine = out / ".notes.tmp"  # not of write_atomic's shape: someone else's
    mine.write_bytes(b"keep")
    export_issues(seeded, [1], [BY_NAME["md"]], out)
    assert not killed.exists() and mine.exists()


def test_docx_with_a_long_publication_name_and_control_characters(seeded, tmp_path):
    name = "江西工人报\x07\x1b[31m" + "很长的名字" * 60  # over 255 characters, with BEL and ESC
    seeded.issues.update(1, IssueMeta(name, "第11期\n", "2020-03-15"))
    report = export_issues(seeded, [1], list(FORMATS), tmp_path / "out")
    assert report.complete, [r.message for r in report.results if r.status != "written"]
    (path,) = [r.path for r in report.results if r.path.suffix == ".docx"]
    assert len(os.fsencode(path.name)) <= 255
    assert not any(c in path.name for c in "\x07\x1b\n")
    title = docx.Document(io.BytesIO(path.read_bytes())).core_properties.title
    assert len(title) <= 255 and title.startswith("江西工人报") and "\x1b" not in title
