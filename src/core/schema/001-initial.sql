-- Inspraak workspace schema, version 1.
-- One workspace = one organisation. Every entity row has a stable canonical UUID (lowercase
-- text), and created/modified timestamps in ISO 8601 UTC with seconds ("2026-11-28T09:30:00Z").
-- Enumerations are the lowercase identifiers of DOMAIN.md, enforced with CHECK constraints.
-- Child tables (no uuid of their own) hold rows that belong to one parent only; they are
-- nested arrays in the JSON interchange format.
-- NEVER edit this file once released: add a new numbered migration instead.

CREATE TABLE organisations (
  uuid TEXT PRIMARY KEY NOT NULL,
  name TEXT NOT NULL DEFAULT '',
  sector TEXT,
  size_band TEXT CHECK (size_band IN ('micro', 'small', 'medium', 'large')),
  country TEXT CHECK (country IN ('BE', 'NL', 'other')),
  has_works_council INTEGER NOT NULL DEFAULT 0 CHECK (has_works_council IN (0, 1)),
  has_prevention_committee INTEGER NOT NULL DEFAULT 0 CHECK (has_prevention_committee IN (0, 1)),
  has_union_delegation INTEGER NOT NULL DEFAULT 0 CHECK (has_union_delegation IN (0, 1)),
  created TEXT NOT NULL,
  modified TEXT NOT NULL
);

-- Stakeholder groups. Built-in ones have a key of DOMAIN.md and a NULL name (the UI shows the
-- translated name) until the user renames them; own groups have their own key.
CREATE TABLE groups (
  uuid TEXT PRIMARY KEY NOT NULL,
  key TEXT NOT NULL UNIQUE,
  name TEXT,
  perspective TEXT,
  builtin INTEGER NOT NULL DEFAULT 0 CHECK (builtin IN (0, 1)),
  position INTEGER NOT NULL DEFAULT 0,
  created TEXT NOT NULL,
  modified TEXT NOT NULL
);

CREATE TABLE persons (
  uuid TEXT PRIMARY KEY NOT NULL,
  name TEXT NOT NULL,
  department TEXT,
  consent_named INTEGER NOT NULL DEFAULT 0 CHECK (consent_named IN (0, 1)),
  notes TEXT,
  created TEXT NOT NULL,
  modified TEXT NOT NULL
);

CREATE TABLE person_roles (
  person TEXT NOT NULL REFERENCES persons (uuid) ON DELETE CASCADE,
  role TEXT NOT NULL CHECK (role IN ('frontrunner', 'works-council', 'hr', 'finance',
                                     'technical', 'end-user', 'manager')),
  PRIMARY KEY (person, role)
);

CREATE TABLE person_trainings (
  person TEXT NOT NULL REFERENCES persons (uuid) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  title TEXT NOT NULL,
  date TEXT,
  PRIMARY KEY (person, position)
);

CREATE TABLE applications (
  uuid TEXT PRIMARY KEY NOT NULL,
  name TEXT NOT NULL,
  purpose TEXT,
  vendor TEXT,
  make_or_buy TEXT NOT NULL DEFAULT 'undecided' CHECK (make_or_buy IN ('make', 'buy', 'undecided')),
  status TEXT NOT NULL DEFAULT 'idea'
    CHECK (status IN ('idea', 'preparation', 'pilot', 'in-use', 'stopped')),
  employee_initiated INTEGER NOT NULL DEFAULT 0 CHECK (employee_initiated IN (0, 1)),
  informed_date TEXT,
  risk_level TEXT CHECK (risk_level IN ('minimal', 'limited', 'high', 'unacceptable')),
  other_trigger TEXT,
  affected_departments TEXT,
  created TEXT NOT NULL,
  modified TEXT NOT NULL
);

CREATE TABLE application_triggers (
  application TEXT NOT NULL REFERENCES applications (uuid) ON DELETE CASCADE,
  trigger TEXT NOT NULL
    CHECK (trigger IN ('worker-data', 'interacts', 'takes-over-tasks', 'autonomous', 'safety')),
  PRIMARY KEY (application, trigger)
);

CREATE TABLE application_groups (
  application TEXT NOT NULL REFERENCES applications (uuid) ON DELETE CASCADE,
  grp TEXT NOT NULL REFERENCES groups (uuid) ON DELETE CASCADE,
  PRIMARY KEY (application, grp)
);

-- Frontrunners and other people linked to an application, with what they do there.
CREATE TABLE application_persons (
  application TEXT NOT NULL REFERENCES applications (uuid) ON DELETE CASCADE,
  person TEXT NOT NULL REFERENCES persons (uuid) ON DELETE CASCADE,
  role TEXT NOT NULL DEFAULT 'frontrunner'
    CHECK (role IN ('frontrunner', 'works-council', 'hr', 'finance', 'technical',
                    'end-user', 'manager')),
  task TEXT,
  PRIMARY KEY (application, person, role)
);

-- Phases of an application's innovation track. A pilot may run in several rounds.
CREATE TABLE phases (
  uuid TEXT PRIMARY KEY NOT NULL,
  application TEXT NOT NULL REFERENCES applications (uuid) ON DELETE CASCADE,
  phase TEXT NOT NULL CHECK (phase IN ('needs', 'decision', 'pilot', 'rollout', 'improvement')),
  round INTEGER NOT NULL DEFAULT 1 CHECK (round >= 1),
  status TEXT NOT NULL DEFAULT 'not-started'
    CHECK (status IN ('not-started', 'ongoing', 'done', 'skipped')),
  start_date TEXT,
  end_date TEXT,
  notes TEXT,
  created TEXT NOT NULL,
  modified TEXT NOT NULL,
  UNIQUE (application, phase, round)
);

CREATE TABLE phase_groups (
  phase TEXT NOT NULL REFERENCES phases (uuid) ON DELETE CASCADE,
  grp TEXT NOT NULL REFERENCES groups (uuid) ON DELETE CASCADE,
  PRIMARY KEY (phase, grp)
);

CREATE TABLE activities (
  uuid TEXT PRIMARY KEY NOT NULL,
  phase TEXT NOT NULL REFERENCES phases (uuid) ON DELETE CASCADE,
  title TEXT NOT NULL,
  method TEXT NOT NULL DEFAULT 'other'
    CHECK (method IN ('info-sheet', 'info-session', 'data-date', 'ideation-cards',
                      'reverse-brainstorm', 'employee-journey', 'opportunity-scan',
                      'acceptance-workshop', 'guidance-ethics', 'digital-inclusion',
                      'wellbeing-survey', 'pilot-feedback', 'other')),
  held INTEGER NOT NULL DEFAULT 0 CHECK (held IN (0, 1)),
  date TEXT,
  level TEXT NOT NULL DEFAULT 'inform'
    CHECK (level IN ('inform', 'dialogue', 'co-create', 'collaborate')),
  head_count INTEGER CHECK (head_count >= 0),
  participant_hours REAL CHECK (participant_hours >= 0),
  organiser_hours REAL CHECK (organiser_hours >= 0),
  outcome TEXT,
  created TEXT NOT NULL,
  modified TEXT NOT NULL
);

CREATE TABLE activity_groups (
  activity TEXT NOT NULL REFERENCES activities (uuid) ON DELETE CASCADE,
  grp TEXT NOT NULL REFERENCES groups (uuid) ON DELETE CASCADE,
  PRIMARY KEY (activity, grp)
);

-- Who took part. When a person is deleted the row stays with person NULL and the role kept.
CREATE TABLE activity_persons (
  activity TEXT NOT NULL REFERENCES activities (uuid) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  person TEXT REFERENCES persons (uuid) ON DELETE SET NULL,
  role TEXT CHECK (role IN ('frontrunner', 'works-council', 'hr', 'finance', 'technical',
                            'end-user', 'manager')),
  department TEXT,
  PRIMARY KEY (activity, position)
);

-- Indicators or concerns an activity addresses (so a disagreement can be seen discussed).
CREATE TABLE activity_topics (
  activity TEXT NOT NULL REFERENCES activities (uuid) ON DELETE CASCADE,
  topic TEXT NOT NULL,
  PRIMARY KEY (activity, topic)
);

CREATE TABLE data_items (
  uuid TEXT PRIMARY KEY NOT NULL,
  application TEXT NOT NULL REFERENCES applications (uuid) ON DELETE CASCADE,
  what TEXT NOT NULL,
  purpose TEXT,
  retention TEXT,
  access TEXT,
  dpia_done INTEGER NOT NULL DEFAULT 0 CHECK (dpia_done IN (0, 1)),
  created TEXT NOT NULL,
  modified TEXT NOT NULL
);

CREATE TABLE assessments (
  uuid TEXT PRIMARY KEY NOT NULL,
  application TEXT NOT NULL REFERENCES applications (uuid) ON DELETE CASCADE,
  grp TEXT NOT NULL REFERENCES groups (uuid) ON DELETE CASCADE,
  moment TEXT NOT NULL DEFAULT 'before'
    CHECK (moment IN ('before', 'after-pilot', 'after-rollout')),
  date TEXT NOT NULL,
  notes TEXT,
  created TEXT NOT NULL,
  modified TEXT NOT NULL
);

-- One score per indicator or concern: work-stress … physical-conditions, job-loss … culture.
CREATE TABLE assessment_scores (
  assessment TEXT NOT NULL REFERENCES assessments (uuid) ON DELETE CASCADE,
  item TEXT NOT NULL
    CHECK (item IN ('work-stress', 'motivation', 'learning', 'work-life-balance', 'workload',
                    'emotional-load', 'task-variety', 'autonomy', 'supervisor-support',
                    'physical-conditions', 'job-loss', 'job-content', 'surveillance',
                    'privacy', 'safety', 'skills', 'processes', 'culture')),
  effect INTEGER NOT NULL CHECK (effect BETWEEN -2 AND 2),
  confidence TEXT NOT NULL DEFAULT 'medium' CHECK (confidence IN ('low', 'medium', 'high')),
  rationale TEXT,
  PRIMARY KEY (assessment, item)
);

CREATE TABLE invisible_work (
  uuid TEXT PRIMARY KEY NOT NULL,
  application TEXT NOT NULL REFERENCES applications (uuid) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('data-cleaning', 'labelling', 'user-training',
                                     'communication', 'system-changes', 'other')),
  title TEXT,
  hours REAL CHECK (hours >= 0),
  budget REAL CHECK (budget >= 0),
  owner TEXT,
  created TEXT NOT NULL,
  modified TEXT NOT NULL
);

CREATE TABLE vendors (
  uuid TEXT PRIMARY KEY NOT NULL,
  application TEXT NOT NULL REFERENCES applications (uuid) ON DELETE CASCADE,
  name TEXT NOT NULL,
  notes TEXT,
  created TEXT NOT NULL,
  modified TEXT NOT NULL
);

CREATE TABLE vendor_questions (
  uuid TEXT PRIMARY KEY NOT NULL,
  vendor TEXT NOT NULL REFERENCES vendors (uuid) ON DELETE CASCADE,
  question_group TEXT NOT NULL CHECK (question_group IN ('effectiveness', 'robustness',
                                                         'data-quality', 'ethics', 'lawfulness')),
  key TEXT,
  question TEXT,
  answer TEXT,
  rating TEXT NOT NULL DEFAULT 'unanswered'
    CHECK (rating IN ('satisfactory', 'partial', 'unsatisfactory', 'unanswered')),
  follow_up TEXT,
  position INTEGER NOT NULL DEFAULT 0,
  created TEXT NOT NULL,
  modified TEXT NOT NULL
);

CREATE TABLE feedback (
  uuid TEXT PRIMARY KEY NOT NULL,
  application TEXT NOT NULL REFERENCES applications (uuid) ON DELETE CASCADE,
  date TEXT NOT NULL,
  channel TEXT,
  topic TEXT NOT NULL DEFAULT 'other'
    CHECK (topic IN ('workload', 'fairness', 'privacy', 'safety', 'usability', 'other')),
  description TEXT NOT NULL,
  decision TEXT,
  outcome TEXT,
  status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
  created TEXT NOT NULL,
  modified TEXT NOT NULL
);

CREATE TABLE sections (
  uuid TEXT PRIMARY KEY NOT NULL,
  key TEXT UNIQUE,
  title TEXT,
  text TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'consultation', 'agreed')),
  position INTEGER NOT NULL DEFAULT 0,
  created TEXT NOT NULL,
  modified TEXT NOT NULL
);

CREATE TABLE section_groups (
  section TEXT NOT NULL REFERENCES sections (uuid) ON DELETE CASCADE,
  grp TEXT NOT NULL REFERENCES groups (uuid) ON DELETE CASCADE,
  PRIMARY KEY (section, grp)
);

CREATE TABLE actions (
  uuid TEXT PRIMARY KEY NOT NULL,
  application TEXT REFERENCES applications (uuid) ON DELETE CASCADE,
  domain TEXT NOT NULL CHECK (domain IN ('technology', 'environment', 'people')),
  title TEXT NOT NULL,
  description TEXT,
  owner TEXT,
  due_date TEXT,
  status TEXT NOT NULL DEFAULT 'open'
    CHECK (status IN ('open', 'in-progress', 'done', 'dropped')),
  phase TEXT REFERENCES phases (uuid) ON DELETE SET NULL,
  activity TEXT REFERENCES activities (uuid) ON DELETE SET NULL,
  section TEXT REFERENCES sections (uuid) ON DELETE SET NULL,
  feedback TEXT REFERENCES feedback (uuid) ON DELETE SET NULL,
  created TEXT NOT NULL,
  modified TEXT NOT NULL
);

CREATE TABLE action_topics (
  action TEXT NOT NULL REFERENCES actions (uuid) ON DELETE CASCADE,
  topic TEXT NOT NULL,
  PRIMARY KEY (action, topic)
);

CREATE TABLE preconditions (
  uuid TEXT PRIMARY KEY NOT NULL,
  application TEXT NOT NULL REFERENCES applications (uuid) ON DELETE CASCADE,
  kind TEXT NOT NULL
    CHECK (kind IN ('feedback-culture', 'speak-up-safety', 'time-budgeted',
                    'management-willingness', 'resistance-failed-tracks',
                    'resistance-knowledge', 'resistance-job-loss', 'other')),
  met INTEGER NOT NULL DEFAULT 0 CHECK (met IN (0, 1)),
  notes TEXT,
  strategy TEXT,
  created TEXT NOT NULL,
  modified TEXT NOT NULL
);

CREATE TABLE versions (
  uuid TEXT PRIMARY KEY NOT NULL,
  number INTEGER NOT NULL UNIQUE CHECK (number >= 1),
  label TEXT NOT NULL UNIQUE,
  author_role TEXT,
  created TEXT NOT NULL,
  modified TEXT NOT NULL
);

-- The snapshot of every section at the time the version was taken.
CREATE TABLE version_sections (
  version TEXT NOT NULL REFERENCES versions (uuid) ON DELETE CASCADE,
  section TEXT NOT NULL,
  key TEXT,
  title TEXT,
  text TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'consultation', 'agreed')),
  position INTEGER NOT NULL,
  PRIMARY KEY (version, section)
);

CREATE TABLE reviews (
  uuid TEXT PRIMARY KEY NOT NULL,
  version TEXT NOT NULL REFERENCES versions (uuid) ON DELETE RESTRICT,
  opinion TEXT,
  signed_date TEXT,
  signed_by TEXT,
  removed_date TEXT,
  removed_reason TEXT,
  created TEXT NOT NULL,
  modified TEXT NOT NULL
);

CREATE TABLE review_verdicts (
  review TEXT NOT NULL REFERENCES reviews (uuid) ON DELETE CASCADE,
  section TEXT NOT NULL,
  verdict TEXT NOT NULL DEFAULT 'pending'
    CHECK (verdict IN ('acceptable', 'improvable', 'to-correct', 'pending')),
  comments TEXT,
  PRIMARY KEY (review, section)
);

CREATE TABLE practices (
  uuid TEXT PRIMARY KEY NOT NULL,
  title TEXT NOT NULL,
  kind TEXT NOT NULL DEFAULT 'good' CHECK (kind IN ('good', 'bad')),
  sector TEXT,
  description TEXT,
  effect TEXT,
  lessons TEXT,
  created TEXT NOT NULL,
  modified TEXT NOT NULL
);

CREATE INDEX phases_application ON phases (application);
CREATE INDEX activities_phase ON activities (phase);
CREATE INDEX data_items_application ON data_items (application);
CREATE INDEX assessments_application ON assessments (application);
CREATE INDEX invisible_work_application ON invisible_work (application);
CREATE INDEX vendors_application ON vendors (application);
CREATE INDEX vendor_questions_vendor ON vendor_questions (vendor);
CREATE INDEX feedback_application ON feedback (application);
CREATE INDEX actions_application ON actions (application);
CREATE INDEX preconditions_application ON preconditions (application);
CREATE INDEX reviews_version ON reviews (version);
CREATE INDEX application_persons_person ON application_persons (person);
CREATE INDEX activity_persons_person ON activity_persons (person);
