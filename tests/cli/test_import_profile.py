"""jiaokan import cleans with the profile chosen for imports in the store, unless told otherwise."""
from editor.cli import main
from editor.core.cleanup.profiles import BUILTIN, Profile, RuleSetting
from editor.core.cleanup.rules import RULES
from editor.core.cleanup.rules.base import Replacement, ReplacementList
from editor.ops import profiles, texts
from editor.store import Store
from tests.ops.import_files import text, write

ONLY_LISTS = Profile("lists only", 0.5, {r.id: RuleSetting(False) for r in RULES if r.id != "user.replacements"})


def _texts(path):
    store = Store.open(path)
    try:
        return [texts.current(store, d.id) for d in store.documents.all()]
    finally:
        store.close()


def test_import_uses_the_stores_import_profile_and_profile_overrides_it(tmp_path, capsys):
    db = tmp_path / "s.db"
    store = Store.open(db)
    profiles.save(store, [*BUILTIN.values(), ONLY_LISTS], [ReplacementList("swap", (Replacement("工会", "公会"),))],
                  "lists only")
    store.close()
    source = text("000")
    assert "工会" in source
    assert main(["import", str(write(tmp_path / "a", "a.txt", source.encode())), "--db", str(db)]) == 0
    assert main(["import", str(write(tmp_path / "b", "b.txt", (source + "二").encode())), "--db", str(db),
                 "--profile", "default"]) == 0
    capsys.readouterr()
    chosen, default = _texts(db)
    assert chosen.text == chosen.raw.replace("工会", "公会")  # only the list ran
    assert "公会" in default.text and default.text != default.raw.replace("工会", "公会")
