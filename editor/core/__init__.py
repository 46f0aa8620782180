"""Qt-free and SQL-free core: pure functions and frozen dataclasses.

Every offset in this package counts Unicode code points (Python ``str`` indices).
"""
