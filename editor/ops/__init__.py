"""Use cases that combine core and store; each commits per unit of work.

The CLI calls them directly; the GUI calls them through ui/tasks on the worker thread.
"""
