-- Schema 2: listening rules and the posts they bring in.
--
-- Placeholders and value formats as in 0001_initial.sql.
--
-- posts.sort_key is the network's post id left-padded with zeros to 24 digits:
-- X and Mastodon ids are decimal numbers that grow with time, so the largest
-- sort_key of a network is its newest stored post, the "since_id" from which a
-- reconnect fills the gap.

CREATE TABLE listening_rules (
    id {{id}},
    property_id BIGINT NOT NULL REFERENCES properties (id) ON DELETE CASCADE,
    network {{text_key}} NOT NULL,
    value TEXT NOT NULL,
    tag TEXT NOT NULL DEFAULT '',
    instance {{text_key}} NOT NULL DEFAULT '',
    remote_id {{text_key}},
    created_at {{text_key}} NOT NULL,
    created_by TEXT NOT NULL DEFAULT '',
    UNIQUE (property_id, network, instance, value)
);
CREATE INDEX listening_rules_network ON listening_rules (network, id);

CREATE TABLE posts (
    id {{id}},
    network {{text_key}} NOT NULL,
    post_id {{text_key}} NOT NULL,
    sort_key {{text_key}} NOT NULL,
    property_id BIGINT REFERENCES properties (id) ON DELETE SET NULL,
    rule_id BIGINT REFERENCES listening_rules (id) ON DELETE SET NULL,
    rule_tag TEXT NOT NULL DEFAULT '',
    author_id {{text_key}} NOT NULL DEFAULT '',
    author_handle {{text_key}} NOT NULL DEFAULT '',
    author_name TEXT NOT NULL DEFAULT '',
    text TEXT NOT NULL DEFAULT '',
    url TEXT NOT NULL DEFAULT '',
    created_at {{text_key}} NOT NULL,
    received_at {{text_key}} NOT NULL,
    raw TEXT NOT NULL DEFAULT '',
    guest_id BIGINT REFERENCES guests (id) ON DELETE SET NULL,
    stay_id BIGINT REFERENCES stays (id) ON DELETE SET NULL,
    in_house INTEGER NOT NULL DEFAULT 0 CHECK (in_house IN (0, 1)),
    room TEXT NOT NULL DEFAULT '',
    suggested_guest_id BIGINT REFERENCES guests (id) ON DELETE SET NULL,
    state {{text_key}} NOT NULL DEFAULT 'new',
    handled_by TEXT NOT NULL DEFAULT '',
    handled_at {{text_key}},
    deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    edited_at {{text_key}},
    version INTEGER NOT NULL DEFAULT 1,
    UNIQUE (network, post_id)
);
-- The feed reads newest first and pages by (created_at, id).
CREATE INDEX posts_created ON posts (created_at, id);
CREATE INDEX posts_network_sort ON posts (network, sort_key);
CREATE INDEX posts_guest ON posts (guest_id, created_at, id);
CREATE INDEX posts_author ON posts (network, author_id);
CREATE INDEX posts_state ON posts (state, created_at, id);
