-- Annotation: the ten default labels with Ctrl+1 .. Ctrl+9, Ctrl+0; suggestions a user
-- rejected, so they are not proposed again; learned suggester models.

-- Labels of an older store are kept with their spans (TITLE of the first defaults included);
-- a label that is not a default gives up a key a default now takes.
UPDATE label SET shortcut = NULL
 WHERE name NOT IN ('PER', 'ORG', 'LOC', 'DATE', 'TIME', 'MONEY', 'QUANTITY', 'PERCENT', 'WORK', 'EVENT')
   AND shortcut IN ('Ctrl+1', 'Ctrl+2', 'Ctrl+3', 'Ctrl+4', 'Ctrl+5', 'Ctrl+6', 'Ctrl+7', 'Ctrl+8', 'Ctrl+9', 'Ctrl+0');

UPDATE label SET position = position + 10
 WHERE name NOT IN ('PER', 'ORG', 'LOC', 'DATE', 'TIME', 'MONEY', 'QUANTITY', 'PERCENT', 'WORK', 'EVENT');

INSERT INTO label (name, color, shortcut, description, position) VALUES
    ('PER', '#e6550d', 'Ctrl+1', 'person', 0),
    ('ORG', '#3182bd', 'Ctrl+2', 'organization', 1),
    ('LOC', '#31a354', 'Ctrl+3', 'place', 2),
    ('DATE', '#756bb1', 'Ctrl+4', 'date', 3),
    ('TIME', '#9e9ac8', 'Ctrl+5', 'time of day', 4),
    ('MONEY', '#d6a01d', 'Ctrl+6', 'amount of money with its unit, as 83万元', 5),
    ('QUANTITY', '#636363', 'Ctrl+7', 'number with its unit, as 28家, 126065人', 6),
    ('PERCENT', '#17becf', 'Ctrl+8', 'percentage, as 14％', 7),
    ('WORK', '#c51b8a', 'Ctrl+9', 'title of a work or document, as in 《…》', 8),
    ('EVENT', '#8c564b', 'Ctrl+0', 'named event', 9)
ON CONFLICT (name) DO UPDATE SET shortcut = excluded.shortcut, position = excluded.position,
    description = CASE WHEN label.name = 'DATE' AND label.description = 'date or time'
                       THEN excluded.description ELSE label.description END;

CREATE UNIQUE INDEX label_shortcut ON label (shortcut) WHERE shortcut IS NOT NULL;

-- A rejected suggestion: the label, the string and a few characters on each side of it.
CREATE TABLE rejected_suggestion (
    id INTEGER PRIMARY KEY,
    label TEXT NOT NULL,
    quote TEXT NOT NULL,
    prefix TEXT NOT NULL,
    suffix TEXT NOT NULL,
    origin TEXT NOT NULL,                    -- suggest:<name> that proposed it
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    UNIQUE (label, quote, prefix, suffix)
);

-- A suggester's model trained on the store's accepted spans (never on shipped data).
CREATE TABLE suggester_model (
    name TEXT PRIMARY KEY,
    data BLOB NOT NULL,
    sentences INTEGER NOT NULL,
    spans INTEGER NOT NULL,                  -- accepted spans it learned from
    labels TEXT NOT NULL,                    -- comma-separated labels it learned
    trained_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
