-- A deleted rule: hidden, never fires again, its pending actions given up; its row stays so that the firings it
-- made (the outbox refers to it) are kept for history.
ALTER TABLE CLV_RULE ADD COLUMN DELETED_AT DATETIME(6);
