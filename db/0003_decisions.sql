-- The editor's decisions on proposals (not the ones a profile applied: decided_by 'rule:...'),
-- read by every cleanup run to learn per publication (store/decisions.py).
CREATE INDEX change_decided ON change(rule)
    WHERE decided_by IS NOT NULL AND decided_by NOT LIKE 'rule:%';
