-- Jiaokan store, schema 5: raw and the edit log refuse DELETE and REPLACE too, and a full-text
-- index of every document's corrected and raw text.

-- REPLACE deletes the old row without firing DELETE triggers (recursive_triggers is off), so
-- an insert that would collide with an existing row is refused before it happens.
CREATE TRIGGER source_no_delete BEFORE DELETE ON source
BEGIN
    SELECT RAISE(ABORT, 'source rows are immutable: original bytes are never deleted');
END;
CREATE TRIGGER source_no_replace BEFORE INSERT ON source
WHEN EXISTS (SELECT 1 FROM source WHERE id = NEW.id OR sha256 = NEW.sha256)
BEGIN
    SELECT RAISE(ABORT, 'source rows are immutable: these bytes or this id are stored already');
END;
CREATE TRIGGER decoding_no_delete BEFORE DELETE ON decoding
BEGIN
    SELECT RAISE(ABORT, 'decoded raw text is immutable: it is never deleted');
END;
CREATE TRIGGER decoding_no_replace BEFORE INSERT ON decoding
WHEN EXISTS (SELECT 1 FROM decoding WHERE id = NEW.id)
BEGIN
    SELECT RAISE(ABORT, 'decoded raw text is immutable: this decoding exists already');
END;
CREATE TRIGGER edit_no_delete BEFORE DELETE ON edit
BEGIN
    SELECT RAISE(ABORT, 'the edit log is append-only: edits are never deleted');
END;
CREATE TRIGGER edit_no_replace BEFORE INSERT ON edit
WHEN EXISTS (SELECT 1 FROM edit WHERE id = NEW.id
             OR (document_id = NEW.document_id AND decoding_id = NEW.decoding_id AND seq = NEW.seq))
BEGIN
    SELECT RAISE(ABORT, 'the edit log is append-only: this edit exists already');
END;

-- Full-text search. rowid = document id. The trigram tokenizer finds any substring of three
-- characters or more (Chinese has no spaces for unicode61 to split on) and keeps the texts for
-- the context of a hit. One- and two-character Chinese queries, which trigram cannot look up,
-- go to search_chars: the same texts with a space around every Han character, so that each is
-- a unicode61 token and a two-character word is a phrase. Contentless: it holds postings only
-- (see editor/store/search.py).
CREATE VIRTUAL TABLE search_text USING fts5(corrected, raw, tokenize = 'trigram');
CREATE VIRTUAL TABLE search_chars USING fts5(corrected, raw, tokenize = 'unicode61', content = '');

-- Documents whose indexed text may be behind: every edit, new document and re-decoding marks
-- its document here, so no editing code has to know about the index. A search (or the idle
-- worker) re-indexes what is listed first.
CREATE TABLE search_stale (
    document_id INTEGER PRIMARY KEY
);
CREATE TRIGGER search_stale_edit AFTER INSERT ON edit
BEGIN
    INSERT OR IGNORE INTO search_stale (document_id) VALUES (NEW.document_id);
END;
CREATE TRIGGER search_stale_document AFTER INSERT ON document
BEGIN
    INSERT OR IGNORE INTO search_stale (document_id) VALUES (NEW.id);
END;
CREATE TRIGGER search_stale_redecoded AFTER UPDATE OF decoding_id ON document
BEGIN
    INSERT OR IGNORE INTO search_stale (document_id) VALUES (NEW.id);
END;
-- search_chars keeps the postings of a deleted document (a contentless row is deleted only
-- with its text); candidates are joined with search_text, so they never show.
CREATE TRIGGER search_gone AFTER DELETE ON document
BEGIN
    DELETE FROM search_text WHERE rowid = OLD.id;
    DELETE FROM search_stale WHERE document_id = OLD.id;
END;

-- Existing stores: every document is indexed at the first search.
INSERT INTO search_stale (document_id) SELECT id FROM document;
