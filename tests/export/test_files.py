"""export.files: atomic writing and platform-safe file names."""
import os

import pytest

from editor.core.errors import ConflictError, InputError
from editor.core.model import IssueMeta
from editor.export.files import STEM_BYTES, file_stem, write_atomic


def test_writes_the_bytes(tmp_path):
    target = write_atomic(tmp_path / "a.txt", lambda out: out.write("校勘".encode()))
    assert target.read_text(encoding="utf-8") == "校勘"


def test_refuses_to_overwrite_without_force(tmp_path):
    (tmp_path / "a.txt").write_text("old")
    with pytest.raises(ConflictError, match=r"a\.txt: the file exists"):
        write_atomic(tmp_path / "a.txt", lambda out: out.write(b"new"))
    assert (tmp_path / "a.txt").read_text() == "old"


def test_overwrites_with_force(tmp_path):
    (tmp_path / "a.txt").write_text("old")
    write_atomic(tmp_path / "a.txt", lambda out: out.write(b"new"), force=True)
    assert (tmp_path / "a.txt").read_text() == "new"


def failing_writer(out):
    out.write(b"half of the")
    raise RuntimeError("disk on fire")


def test_a_writer_raising_midway_leaves_no_file(tmp_path):
    with pytest.raises(RuntimeError):
        write_atomic(tmp_path / "a.txt", failing_writer)
    assert list(tmp_path.iterdir()) == []


def test_a_writer_raising_midway_keeps_the_old_file(tmp_path):
    (tmp_path / "a.txt").write_text("old")
    with pytest.raises(RuntimeError):
        write_atomic(tmp_path / "a.txt", failing_writer, force=True)
    assert [p.name for p in tmp_path.iterdir()] == ["a.txt"]
    assert (tmp_path / "a.txt").read_text() == "old"


@pytest.mark.skipif(os.name != "posix", reason="umask is POSIX")
def test_the_file_gets_the_usual_permissions(tmp_path):
    target = write_atomic(tmp_path / "a.txt", lambda out: out.write(b"x"))
    umask = os.umask(0)
    os.umask(umask)
    assert target.stat().st_mode & 0o777 == 0o666 & ~umask


def test_stem_from_publication_issue_label_and_date():
    meta = IssueMeta("赣鄱工人有力量（江西工会信息）", "第11期", "2020-03-15")
    assert file_stem(meta, 7) == "赣鄱工人有力量（江西工会信息）_第11期_2020-03-15"


def test_stem_names_the_issue_id_when_only_a_date_is_known():
    assert file_stem(IssueMeta(date="2020-02-24"), 7) == "2020-02-24_issue-7"


def test_stem_without_any_metadata():
    assert file_stem(IssueMeta(), 7) == "issue-7"


def test_stem_replaces_characters_windows_refuses():
    stem = file_stem(IssueMeta('工人/日报: "A|B"?*<>\\', "第1期\t"), 1)
    assert not set('/\\:*?"<>|\t') & set(stem)
    assert stem.startswith("工人_日报_ _A_B_")


def test_stem_avoids_windows_reserved_names():
    assert file_stem(IssueMeta("con", None), 1) == "_con"
    assert file_stem(IssueMeta("LPT1.刊", None), 1) == "_LPT1.刊"


def test_stem_has_no_trailing_dots_or_spaces():
    stem = file_stem(IssueMeta("劳动报 . .", None), 1)
    assert stem == "劳动报"


def test_stem_has_no_leading_dot():
    assert not file_stem(IssueMeta("..hidden", None), 1).startswith(".")


def test_stem_is_short_enough_and_keeps_chinese():
    stem = file_stem(IssueMeta("工会" * 200, "第11期", "2020-03-15"), 1)
    assert len(stem.encode("utf-8")) <= STEM_BYTES
    assert stem.startswith("工会工会")


def test_a_missing_folder_is_an_input_error_naming_the_file(tmp_path):
    with pytest.raises(InputError, match=r"a\.txt: cannot write here"):
        write_atomic(tmp_path / "missing" / "a.txt", lambda out: out.write(b"x"))
