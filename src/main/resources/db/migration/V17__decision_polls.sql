-- A poll meant as the decision (or part of it) of the plan in its DECISION phase: created, opened and voted in only
-- while the plan is in DECISION; listed first and labelled in the plan's decision record.
ALTER TABLE session_poll ADD COLUMN decides BOOLEAN NOT NULL DEFAULT FALSE;
