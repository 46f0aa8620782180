"""Text under edit: replace steps, their inverses and position maps, and marks carried to the
current text through an edit log."""
