-- The archive's records, version 1. The store is the source of truth; the Lucene index is derived
-- from it. Every offset is a half-open UTF-16 range into the article's text (analysis.text).

CREATE TABLE IF NOT EXISTS meta (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
);

-- One row per stored article, in ingest order (seq). dup_group labels the story: every exact or near
-- duplicate carries the group of the article it repeats; an original carries its own seq.
CREATE TABLE IF NOT EXISTS articles (
  seq          INTEGER PRIMARY KEY AUTOINCREMENT,
  id           TEXT NOT NULL UNIQUE,
  date         TEXT,
  headline     TEXT NOT NULL,
  source       TEXT NOT NULL,
  content_hash TEXT NOT NULL,
  text_length  INTEGER NOT NULL,
  dup_group    INTEGER NOT NULL,
  dup_kind     TEXT NOT NULL CHECK (dup_kind IN ('original', 'exact', 'near')),
  dup_of       TEXT,
  dup_rule     TEXT,
  similarity   REAL,
  minhash      BLOB,
  analysis     TEXT NOT NULL,
  ingested_at  TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS articles_hash ON articles (content_hash);
CREATE INDEX IF NOT EXISTS articles_group ON articles (dup_group, seq);
CREATE INDEX IF NOT EXISTS articles_date ON articles (date);

-- One representative per story: the earliest stored member of each group. Stats and entity views
-- count over it so that syndicated copies are not counted twice.
CREATE VIEW IF NOT EXISTS representatives AS
  SELECT a.* FROM articles a
  WHERE a.seq = (SELECT min(b.seq) FROM articles b WHERE b.dup_group = a.dup_group);

-- MinHash band keys, for finding near-duplicate candidates.
CREATE TABLE IF NOT EXISTS lsh_bands (
  band_key    INTEGER NOT NULL,
  article_seq INTEGER NOT NULL REFERENCES articles (seq) ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS lsh_bands_key ON lsh_bands (band_key);
CREATE INDEX IF NOT EXISTS lsh_bands_article ON lsh_bands (article_seq);

-- Archive-wide entities: the KB id when linked, else new:<type>:<latin-slug>.
CREATE TABLE IF NOT EXISTS entities (
  key    TEXT PRIMARY KEY,
  type   TEXT NOT NULL CHECK (type IN ('PERSON', 'ORG', 'PLACE')),
  name   TEXT NOT NULL,
  latin  TEXT NOT NULL,
  kb_id  TEXT
);

-- The surface forms each entity went by, looked up by the match forms of each of their words
-- (position: the word's place in the surface, 0-based; words: how many words the surface has).
CREATE TABLE IF NOT EXISTS name_forms (
  form       TEXT NOT NULL,
  entity_key TEXT NOT NULL REFERENCES entities (key),
  surface    TEXT NOT NULL,
  words      INTEGER NOT NULL,
  position   INTEGER NOT NULL,
  PRIMARY KEY (form, entity_key, surface, position)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS name_forms_entity ON name_forms (entity_key);

CREATE TABLE IF NOT EXISTS article_entities (
  article_seq INTEGER NOT NULL REFERENCES articles (seq) ON DELETE CASCADE,
  local_id    TEXT NOT NULL,
  entity_key  TEXT NOT NULL REFERENCES entities (key),
  mentions    INTEGER NOT NULL,
  stage       TEXT NOT NULL,
  rule        TEXT NOT NULL,
  confidence  REAL NOT NULL,
  PRIMARY KEY (article_seq, local_id)
);
CREATE INDEX IF NOT EXISTS article_entities_key ON article_entities (entity_key);

CREATE TABLE IF NOT EXISTS mentions (
  article_seq INTEGER NOT NULL REFERENCES articles (seq) ON DELETE CASCADE,
  entity_key  TEXT NOT NULL REFERENCES entities (key),
  span_begin  INTEGER NOT NULL,
  span_end    INTEGER NOT NULL,
  text        TEXT NOT NULL,
  type        TEXT NOT NULL,
  stage       TEXT NOT NULL,
  rule        TEXT NOT NULL,
  confidence  REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS mentions_article ON mentions (article_seq);
CREATE INDEX IF NOT EXISTS mentions_entity ON mentions (entity_key);

CREATE TABLE IF NOT EXISTS roles (
  id             INTEGER PRIMARY KEY,
  article_seq    INTEGER NOT NULL REFERENCES articles (seq) ON DELETE CASCADE,
  person_key     TEXT NOT NULL,
  post           TEXT NOT NULL,
  post_id        TEXT,
  org_key        TEXT,
  place_key      TEXT,
  former         INTEGER NOT NULL,
  evidence_begin INTEGER NOT NULL,
  evidence_end   INTEGER NOT NULL,
  evidence       TEXT NOT NULL,
  stage          TEXT NOT NULL,
  rule           TEXT NOT NULL,
  confidence     REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS roles_article ON roles (article_seq);
CREATE INDEX IF NOT EXISTS roles_person ON roles (person_key);

-- Reported speech. speaker_key is set for PERSON and ORG speakers that are entities.
CREATE TABLE IF NOT EXISTS quotes (
  id            INTEGER PRIMARY KEY,
  article_seq   INTEGER NOT NULL REFERENCES articles (seq) ON DELETE CASCADE,
  speaker_key   TEXT,
  speaker_kind  TEXT NOT NULL,
  speaker_text  TEXT NOT NULL,
  direct        INTEGER NOT NULL,
  cue_begin     INTEGER NOT NULL,
  cue_end       INTEGER NOT NULL,
  content_begin INTEGER NOT NULL,
  content_end   INTEGER NOT NULL,
  content       TEXT NOT NULL,
  date          TEXT,
  stage         TEXT NOT NULL,
  rule          TEXT NOT NULL,
  confidence    REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS quotes_article ON quotes (article_seq);
CREATE INDEX IF NOT EXISTS quotes_speaker ON quotes (speaker_key, date);

-- Entities mentioned inside a quote's content (what the quote is about).
CREATE TABLE IF NOT EXISTS quote_entities (
  quote_id   INTEGER NOT NULL REFERENCES quotes (id) ON DELETE CASCADE,
  entity_key TEXT NOT NULL,
  PRIMARY KEY (quote_id, entity_key)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS quote_entities_key ON quote_entities (entity_key);

CREATE TABLE IF NOT EXISTS events (
  id             INTEGER PRIMARY KEY,
  article_seq    INTEGER NOT NULL REFERENCES articles (seq) ON DELETE CASCADE,
  local_id       TEXT NOT NULL,
  type           TEXT NOT NULL,
  trigger_begin  INTEGER NOT NULL,
  trigger_end    INTEGER NOT NULL,
  trigger_text   TEXT NOT NULL,
  evidence_begin INTEGER NOT NULL,
  evidence_end   INTEGER NOT NULL,
  date           TEXT,
  stage          TEXT NOT NULL,
  rule           TEXT NOT NULL,
  confidence     REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS events_article ON events (article_seq);

CREATE TABLE IF NOT EXISTS event_arguments (
  event_id   INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
  role       TEXT NOT NULL,
  entity_key TEXT,
  span_begin INTEGER NOT NULL,
  span_end   INTEGER NOT NULL,
  text       TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS event_arguments_event ON event_arguments (event_id);
CREATE INDEX IF NOT EXISTS event_arguments_entity ON event_arguments (entity_key);
