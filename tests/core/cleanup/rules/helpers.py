"""Running one rule the way the pipeline does, for rule tests."""
from editor.core.cleanup import pipeline as clean
from editor.core.cleanup.profiles import DEFAULT


def apply(rule, text: str, profile=DEFAULT) -> str:
    """The text after ``rule``'s proposals at or above the profile's threshold."""
    return clean.run(text, profile, rules=[rule]).text


def proposals(rule, text: str):
    return [p.change for p in clean.run(text, DEFAULT, rules=[rule]).proposals]
