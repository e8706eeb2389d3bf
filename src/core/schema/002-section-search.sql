-- Inspraak workspace schema, version 2: full-text search of the vision's sections.
--
-- The index is derived data: it is never exported and can be rebuilt from the sections at
-- any time. Writing a section only marks it stale (cheap, so autosave stays fast); a search
-- first re-indexes the stale sections, then queries. Diacritics are folded, so "werkbare"
-- finds "wérkbare".

-- (The triggers avoid INSERT OR IGNORE: an outer statement's conflict clause would
-- override it.)

CREATE VIRTUAL TABLE section_search USING fts5 (
  section UNINDEXED,
  title,
  text,
  tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TABLE section_search_stale (
  section TEXT PRIMARY KEY NOT NULL
) WITHOUT ROWID;

CREATE TRIGGER sections_search_insert AFTER INSERT ON sections
BEGIN
  INSERT INTO section_search_stale (section)
    SELECT new.uuid WHERE NOT EXISTS
      (SELECT 1 FROM section_search_stale WHERE section = new.uuid);
END;

CREATE TRIGGER sections_search_update AFTER UPDATE OF title, text ON sections
BEGIN
  INSERT INTO section_search_stale (section)
    SELECT new.uuid WHERE NOT EXISTS
      (SELECT 1 FROM section_search_stale WHERE section = new.uuid);
END;

CREATE TRIGGER sections_search_delete AFTER DELETE ON sections
BEGIN
  INSERT INTO section_search_stale (section)
    SELECT old.uuid WHERE NOT EXISTS
      (SELECT 1 FROM section_search_stale WHERE section = old.uuid);
END;

INSERT INTO section_search_stale (section) SELECT uuid FROM sections;
