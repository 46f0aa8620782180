"""PySide6 6.12.0 on CPython 3.11 drops a reference to None on every void C++ call and aborts
the interpreter after a few thousand (QSyntaxHighlighter.setFormat in a highlightBlock loop).
This runs that loop in a subprocess so an upgrade cannot bring the crash back unnoticed."""
import subprocess
import sys
import textwrap

LOOP = textwrap.dedent("""
    from PySide6 import QtGui, QtWidgets
    app = QtWidgets.QApplication([])
    doc = QtGui.QTextDocument()
    doc.setPlainText("abcdefgh\\n" * 20000)
    fmt = QtGui.QTextCharFormat()
    fmt.setBackground(QtGui.QColor("yellow"))

    class H(QtGui.QSyntaxHighlighter):
        def highlightBlock(self, text):
            for i in range(0, 8, 2):
                self.setFormat(i, 1, fmt)

    h = H(doc)
    for _ in range(3):
        h.rehighlight()
    print("survived")
""")


def test_void_calls_do_not_abort_the_interpreter():
    proc = subprocess.run([sys.executable, "-c", LOOP], capture_output=True, text=True, timeout=300,
                          env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"})
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert "survived" in proc.stdout


def test_installed_pyside_respects_the_pin():
    import PySide6
    major, minor = (int(x) for x in PySide6.__version__.split(".")[:2])
    if sys.version_info < (3, 12):
        assert (major, minor) < (6, 12), f"PySide6 {PySide6.__version__} on Python 3.11 aborts; see pyproject.toml"
