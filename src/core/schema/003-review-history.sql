-- Inspraak workspace schema, version 3: signed-off reviews are history.
--
-- The core refuses to change a review after sign-off; these triggers make sure nothing else
-- (an old build, a hand-made import) can either. A removed review stays, marked removed.

CREATE TRIGGER reviews_signed_are_history
BEFORE UPDATE OF version, opinion, signed_date, signed_by, removed_date, removed_reason ON reviews
WHEN (old.signed_date IS NOT NULL
      AND (new.version IS NOT old.version OR new.opinion IS NOT old.opinion
           OR new.signed_date IS NOT old.signed_date OR new.signed_by IS NOT old.signed_by))
  OR (old.removed_date IS NOT NULL
      AND (new.removed_date IS NOT old.removed_date
           OR new.removed_reason IS NOT old.removed_reason))
BEGIN
  SELECT RAISE (ABORT, 'a signed-off or removed review cannot be changed');
END;

CREATE TRIGGER review_verdicts_signed_are_history
BEFORE UPDATE ON review_verdicts
WHEN (SELECT signed_date FROM reviews WHERE uuid = old.review) IS NOT NULL
  AND (new.verdict IS NOT old.verdict OR new.comments IS NOT old.comments
       OR new.section IS NOT old.section OR new.review IS NOT old.review)
BEGIN
  SELECT RAISE (ABORT, 'a signed-off review cannot be changed');
END;
