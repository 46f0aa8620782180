-- Jiaokan store, schema 1.
-- Raw is immutable: source (original bytes) and decoding (decoded raw text) refuse updates.
-- The corrected text is the fold of the append-only edit log over a decoding's text;
-- revision rows are snapshots of that fold. Offsets are Unicode code points.

CREATE TABLE publication (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

CREATE TABLE issue (
    id INTEGER PRIMARY KEY,
    publication_id INTEGER REFERENCES publication(id) ON DELETE SET NULL,
    label TEXT,                              -- 第11期
    date TEXT,                               -- ISO YYYY-MM-DD
    page TEXT,                               -- A06
    editors TEXT NOT NULL DEFAULT '[]',      -- JSON [[role, name], ...]
    furniture TEXT NOT NULL DEFAULT '[]',    -- JSON lines taken out of the text
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE INDEX issue_publication ON issue(publication_id);

CREATE TABLE source (
    id INTEGER PRIMARY KEY,
    sha256 TEXT NOT NULL UNIQUE,
    bytes BLOB NOT NULL,
    size INTEGER NOT NULL,
    name TEXT NOT NULL,                      -- file name, or a label for pasted text
    path TEXT,                               -- where it was imported from
    kind TEXT NOT NULL,                      -- text, markdown, html, docx, jsonl, paste
    imported_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE TRIGGER source_immutable BEFORE UPDATE ON source
BEGIN
    SELECT RAISE(ABORT, 'source rows are immutable: original bytes never change');
END;

CREATE TABLE decoding (
    id INTEGER PRIMARY KEY,
    source_id INTEGER NOT NULL REFERENCES source(id) ON DELETE CASCADE,
    part INTEGER NOT NULL DEFAULT 0,         -- record number when one source holds many texts
    encoding TEXT NOT NULL,
    confidence REAL NOT NULL,
    repairs TEXT NOT NULL DEFAULT '[]',      -- JSON list of strings
    warnings TEXT NOT NULL DEFAULT '[]',     -- JSON list of {kind, position, char}
    text TEXT NOT NULL,
    origin TEXT NOT NULL DEFAULT 'auto',     -- auto, or user (re-decoded by the editor)
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE INDEX decoding_source ON decoding(source_id);
CREATE TRIGGER decoding_immutable BEFORE UPDATE ON decoding
BEGIN
    SELECT RAISE(ABORT, 'decoded raw text is immutable: re-decode into a new version');
END;

CREATE TABLE document (
    id INTEGER PRIMARY KEY,
    source_id INTEGER NOT NULL REFERENCES source(id),
    decoding_id INTEGER NOT NULL REFERENCES decoding(id),
    issue_id INTEGER REFERENCES issue(id) ON DELETE SET NULL,
    position INTEGER NOT NULL DEFAULT 0,     -- order inside its issue
    name TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'raw'
        CHECK (status IN ('raw', 'corrected', 'annotated', 'reviewed')),
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE INDEX document_issue ON document(issue_id, position);
CREATE INDEX document_source ON document(source_id);

-- One cleanup pass over a document: the profile it ran with.
CREATE TABLE clean_run (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
    decoding_id INTEGER NOT NULL REFERENCES decoding(id),
    profile TEXT NOT NULL,                   -- JSON of the profile used
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

-- A rule's proposal. start/end refer to the text after the first base_seq edits of the log.
CREATE TABLE change (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
    decoding_id INTEGER NOT NULL REFERENCES decoding(id),
    run_id INTEGER REFERENCES clean_run(id) ON DELETE SET NULL,
    rule TEXT NOT NULL,
    base_seq INTEGER NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    raw_start INTEGER NOT NULL,
    raw_end INTEGER NOT NULL,
    before TEXT NOT NULL,
    after TEXT NOT NULL,
    reason TEXT NOT NULL,
    confidence REAL NOT NULL,
    data TEXT,                               -- JSON, e.g. {"furniture": "..."}
    status TEXT NOT NULL CHECK (status IN ('proposed', 'accepted', 'rejected', 'stale')),
    seq INTEGER,                             -- the edit that applied it, while accepted
    decided_by TEXT,
    decided_at TEXT,
    CHECK (start <= end)
);
CREATE INDEX change_document ON change(document_id, decoding_id, status);

-- The append-only edit log: each edit in the coordinates of the text the edits before it made.
CREATE TABLE edit (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
    decoding_id INTEGER NOT NULL REFERENCES decoding(id),
    seq INTEGER NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    inserted TEXT NOT NULL,
    removed TEXT NOT NULL,
    author TEXT NOT NULL,                    -- rule:<id>, or user
    change_id INTEGER REFERENCES change(id) ON DELETE SET NULL,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    UNIQUE (document_id, decoding_id, seq),
    CHECK (start <= end)
);
CREATE TRIGGER edit_append_only BEFORE UPDATE ON edit
BEGIN
    SELECT RAISE(ABORT, 'the edit log is append-only');
END;

-- Snapshots of the corrected text: the fold of the first seq edits.
CREATE TABLE revision (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
    decoding_id INTEGER NOT NULL REFERENCES decoding(id),
    seq INTEGER NOT NULL,
    text TEXT NOT NULL,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE INDEX revision_document ON revision(document_id, decoding_id, seq);

-- The article structure of a revision: blocks are [kind, start, end] into its text.
CREATE TABLE article (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
    revision_id INTEGER NOT NULL REFERENCES revision(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    title TEXT,
    blocks TEXT NOT NULL
);
CREATE INDEX article_document ON article(document_id, position);

CREATE TABLE label (
    name TEXT PRIMARY KEY,
    color TEXT NOT NULL,
    shortcut TEXT,
    description TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0
);

-- Annotations on the corrected text; start/end refer to the text after seq edits.
CREATE TABLE span (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
    decoding_id INTEGER NOT NULL REFERENCES decoding(id),
    seq INTEGER NOT NULL,
    label TEXT NOT NULL REFERENCES label(name) ON UPDATE CASCADE,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    quote TEXT NOT NULL,
    prefix TEXT NOT NULL DEFAULT '',
    suffix TEXT NOT NULL DEFAULT '',
    origin TEXT NOT NULL,                    -- user, import, suggest:<name>
    status TEXT NOT NULL CHECK (status IN ('proposed', 'accepted', 'rejected', 'orphaned')),
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    CHECK (start <= end)
);
CREATE INDEX span_document ON span(document_id, status);

-- Photos with captions and credits, anchored like spans.
CREATE TABLE figure (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    caption_start INTEGER,
    caption_end INTEGER,
    credit_start INTEGER,
    credit_end INTEGER,
    image BLOB,
    image_type TEXT,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

-- Cleanup profiles (rules on/off, thresholds) and the user's replacement lists.
CREATE TABLE profile (
    name TEXT PRIMARY KEY,
    body TEXT NOT NULL,                      -- JSON, see editor.core.profiles
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

CREATE TABLE replacement_list (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    enabled INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE replacement (
    id INTEGER PRIMARY KEY,
    list_id INTEGER NOT NULL REFERENCES replacement_list(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    pattern TEXT NOT NULL,
    replacement TEXT NOT NULL,
    regex INTEGER NOT NULL DEFAULT 0,
    note TEXT NOT NULL DEFAULT ''
);

CREATE TABLE setting (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
