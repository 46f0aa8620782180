-- The undo history: every user-level operation is an entry. Undo and redo are entries too,
-- which append inverse edits (the edit log only grows) and restore the rows the operation
-- changed from their images. Linear: Undo reverses the latest operation still done.

CREATE TABLE operation (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,                      -- typing, accept, revert, reject, clean, move, merge, metadata, ...
    detail TEXT NOT NULL DEFAULT '{}',       -- JSON for its label: {"text": "abc"}, {"count": 3}, ...
    role TEXT NOT NULL DEFAULT 'do' CHECK (role IN ('do', 'undo', 'redo')),
    target INTEGER REFERENCES operation(id), -- undo and redo: the operation undone or redone
    state TEXT NOT NULL DEFAULT 'done' CHECK (state IN ('done', 'undone')),  -- of a 'do' entry
    author TEXT NOT NULL DEFAULT 'user',
    documents TEXT NOT NULL DEFAULT '[]',    -- JSON ids of the documents whose text it changed
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE INDEX operation_state ON operation(role, state);

ALTER TABLE edit ADD COLUMN operation_id INTEGER REFERENCES operation(id);
CREATE INDEX edit_operation ON edit(operation_id) WHERE operation_id IS NOT NULL;

-- A proposal made by an operation that was undone: hidden, until a redo brings it back.
ALTER TABLE change ADD COLUMN withdrawn_by INTEGER REFERENCES operation(id);

-- Images of the rows an operation changed: before (NULL: it created the row) and after.
CREATE TABLE operation_row (
    operation_id INTEGER NOT NULL REFERENCES operation(id),
    tbl TEXT NOT NULL,                       -- issue, document, change, span
    row_id INTEGER NOT NULL,
    before TEXT,
    after TEXT,
    PRIMARY KEY (operation_id, tbl, row_id)
);

-- While an operation's transaction runs, its id is here and the triggers below keep the first
-- image of every issue, document and change row it touches. Outside operations (imports) the
-- table is empty and the triggers do nothing.
CREATE TABLE recording (operation_id INTEGER NOT NULL);

CREATE TRIGGER issue_recorded_update BEFORE UPDATE ON issue WHEN EXISTS (SELECT 1 FROM recording)
BEGIN
    INSERT OR IGNORE INTO operation_row (operation_id, tbl, row_id, before)
    SELECT operation_id, 'issue', OLD.id, json_object('publication_id', OLD.publication_id, 'label', OLD.label,
        'date', OLD.date, 'page', OLD.page, 'editors', OLD.editors, 'furniture', OLD.furniture,
        'created_at', OLD.created_at, 'updated_at', OLD.updated_at) FROM recording;
END;
CREATE TRIGGER issue_recorded_delete BEFORE DELETE ON issue WHEN EXISTS (SELECT 1 FROM recording)
BEGIN
    INSERT OR IGNORE INTO operation_row (operation_id, tbl, row_id, before)
    SELECT operation_id, 'issue', OLD.id, json_object('publication_id', OLD.publication_id, 'label', OLD.label,
        'date', OLD.date, 'page', OLD.page, 'editors', OLD.editors, 'furniture', OLD.furniture,
        'created_at', OLD.created_at, 'updated_at', OLD.updated_at) FROM recording;
END;
CREATE TRIGGER issue_recorded_insert AFTER INSERT ON issue WHEN EXISTS (SELECT 1 FROM recording)
BEGIN
    INSERT OR IGNORE INTO operation_row (operation_id, tbl, row_id, before)
    SELECT operation_id, 'issue', NEW.id, NULL FROM recording;
END;
CREATE TRIGGER document_recorded_update BEFORE UPDATE ON document WHEN EXISTS (SELECT 1 FROM recording)
BEGIN
    INSERT OR IGNORE INTO operation_row (operation_id, tbl, row_id, before)
    SELECT operation_id, 'document', OLD.id, json_object('issue_id', OLD.issue_id, 'position', OLD.position,
        'name', OLD.name, 'status', OLD.status, 'updated_at', OLD.updated_at) FROM recording;
END;
CREATE TRIGGER change_recorded_update BEFORE UPDATE ON change WHEN EXISTS (SELECT 1 FROM recording)
BEGIN
    INSERT OR IGNORE INTO operation_row (operation_id, tbl, row_id, before)
    SELECT operation_id, 'change', OLD.id, json_object('status', OLD.status, 'seq', OLD.seq,
        'decided_by', OLD.decided_by, 'decided_at', OLD.decided_at, 'withdrawn_by', OLD.withdrawn_by)
    FROM recording;
END;
CREATE TRIGGER change_recorded_insert AFTER INSERT ON change WHEN EXISTS (SELECT 1 FROM recording)
BEGIN
    INSERT OR IGNORE INTO operation_row (operation_id, tbl, row_id, before)
    SELECT operation_id, 'change', NEW.id, NULL FROM recording;
END;
