-- Inspraak workspace schema, version 4: the project budget of an application.
--
-- The invisible work (cleaning data, training users, …) is shown as a share of it, so that
-- "AI is plug and play" can be answered with figures.

ALTER TABLE applications ADD COLUMN project_budget REAL CHECK (project_budget >= 0);
