-- Inspraak workspace schema, version 5: full-text search of the practice casebook.
--
-- Like the sections' index (version 2): derived data, never exported, rebuilt from the
-- practices at any time. Writing a practice only marks it stale; a search first re-indexes
-- the stale practices, then queries. Diacritics are folded, so "werkbare" finds "wérkbare".

CREATE VIRTUAL TABLE practice_search USING fts5 (
  practice UNINDEXED,
  title,
  sector,
  description,
  effect,
  lessons,
  tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TABLE practice_search_stale (
  practice TEXT PRIMARY KEY NOT NULL
) WITHOUT ROWID;

CREATE TRIGGER practices_search_insert AFTER INSERT ON practices
BEGIN
  INSERT INTO practice_search_stale (practice)
    SELECT new.uuid WHERE NOT EXISTS
      (SELECT 1 FROM practice_search_stale WHERE practice = new.uuid);
END;

CREATE TRIGGER practices_search_update
  AFTER UPDATE OF title, sector, description, effect, lessons ON practices
BEGIN
  INSERT INTO practice_search_stale (practice)
    SELECT new.uuid WHERE NOT EXISTS
      (SELECT 1 FROM practice_search_stale WHERE practice = new.uuid);
END;

CREATE TRIGGER practices_search_delete AFTER DELETE ON practices
BEGIN
  INSERT INTO practice_search_stale (practice)
    SELECT old.uuid WHERE NOT EXISTS
      (SELECT 1 FROM practice_search_stale WHERE practice = old.uuid);
END;

INSERT INTO practice_search_stale (practice) SELECT uuid FROM practices;
