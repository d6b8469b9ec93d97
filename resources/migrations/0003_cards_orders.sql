-- Schema 3: note card templates and cards, the amenity catalog, and amenity
-- orders with their lines. A new database starts with the built-in templates
-- and a starter catalog, both of which the hotel can change.
--
-- Placeholders and value formats as in 0001_initial.sql. Money is integer
-- minor units (cents), never floating point.
--
-- Names that are unique case-insensitively (templates, catalog items) keep the
-- name as written and a name_key (the name in lower case, written by the
-- repositories) that carries the UNIQUE constraint on both engines.
--
-- Enumerations (cards.status, amenities.department, amenity_orders.state) are
-- checked by the repositories, as in the earlier schemas.

CREATE TABLE card_templates (
    id {{id}},
    name TEXT NOT NULL,
    name_key {{text_key}} NOT NULL UNIQUE,
    body TEXT NOT NULL,
    built_in INTEGER NOT NULL DEFAULT 0 CHECK (built_in IN (0, 1)),
    -- NULL until someone edits the template.
    updated_at {{text_key}},
    updated_by TEXT NOT NULL DEFAULT '',
    version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE cards (
    id {{id}},
    guest_id BIGINT NOT NULL REFERENCES guests (id) ON DELETE CASCADE,
    stay_id BIGINT REFERENCES stays (id) ON DELETE SET NULL,
    -- The template may be removed later; template_name keeps what it was.
    template_id BIGINT REFERENCES card_templates (id) ON DELETE SET NULL,
    template_name TEXT NOT NULL DEFAULT '',
    text TEXT NOT NULL DEFAULT '',
    signature TEXT NOT NULL DEFAULT '',
    format {{text_key}} NOT NULL DEFAULT '',
    font_family TEXT NOT NULL DEFAULT '',
    status {{text_key}} NOT NULL DEFAULT 'draft',
    created_at {{text_key}} NOT NULL,
    created_by TEXT NOT NULL DEFAULT '',
    output_at {{text_key}},
    output_by TEXT NOT NULL DEFAULT '',
    output_count INTEGER NOT NULL DEFAULT 0 CHECK (output_count >= 0)
);
CREATE INDEX cards_guest ON cards (guest_id, created_at, id);

CREATE TABLE amenities (
    id {{id}},
    name TEXT NOT NULL,
    name_key {{text_key}} NOT NULL UNIQUE,
    department {{text_key}} NOT NULL,
    unit_cost_cents BIGINT NOT NULL CHECK (unit_cost_cents >= 0),
    note_template TEXT NOT NULL DEFAULT '',
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    -- Raised by every change, so that two desks editing one item do not
    -- silently overwrite each other.
    version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE amenity_orders (
    id {{id}},
    guest_id BIGINT NOT NULL REFERENCES guests (id) ON DELETE CASCADE,
    stay_id BIGINT REFERENCES stays (id) ON DELETE SET NULL,
    property_id BIGINT REFERENCES properties (id) ON DELETE SET NULL,
    room TEXT NOT NULL DEFAULT '',
    department {{text_key}} NOT NULL,
    due_at {{text_key}} NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    card_id BIGINT REFERENCES cards (id) ON DELETE SET NULL,
    state {{text_key}} NOT NULL DEFAULT 'requested',
    created_at {{text_key}} NOT NULL,
    created_by TEXT NOT NULL DEFAULT '',
    updated_at {{text_key}} NOT NULL,
    updated_by TEXT NOT NULL DEFAULT '',
    version INTEGER NOT NULL DEFAULT 1
);
-- The board reads open orders by due time, per department or for everyone.
CREATE INDEX amenity_orders_state_due ON amenity_orders (state, due_at, id);
CREATE INDEX amenity_orders_due ON amenity_orders (due_at, id);
CREATE INDEX amenity_orders_guest ON amenity_orders (guest_id, created_at, id);
CREATE INDEX amenity_orders_stay ON amenity_orders (stay_id, state);

CREATE TABLE amenity_order_lines (
    id {{id}},
    order_id BIGINT NOT NULL REFERENCES amenity_orders (id) ON DELETE CASCADE,
    line_number INTEGER NOT NULL,
    -- Catalog items are retired, never deleted; name and cost are copied as ordered.
    amenity_id BIGINT REFERENCES amenities (id),
    name TEXT NOT NULL,
    quantity INTEGER NOT NULL CHECK (quantity >= 1),
    unit_cost_cents BIGINT NOT NULL CHECK (unit_cost_cents >= 0),
    UNIQUE (order_id, line_number)
);

-- The built-in templates. Fields are described in core's CardMerge.
INSERT INTO card_templates (name, name_key, body, built_in) VALUES ('welcome', 'welcome',
'Dear {first_name},

Welcome to {property}! We are delighted to have you with us until {departure}, and we hope room {room} feels like home from the moment you open the door. If anything would make your stay better, please just ask.

Warm regards,
{signature}', 1);

INSERT INTO card_templates (name, name_key, body, built_in) VALUES ('thank_you', 'thank_you',
'Dear {first_name},

Thank you for staying with us. It has been a real pleasure having you at {property}, and we hope you leave rested and with a few good memories. We would love to welcome you back.

With thanks,
{signature}', 1);

INSERT INTO card_templates (name, name_key, body, built_in) VALUES ('apology', 'apology',
'Dear {first_name},

I am truly sorry that your stay has not been what it should be. We have put it right, and I hope this small gesture helps make up for it. Please call me directly if anything else is not as you would like.

Sincerely,
{signature}', 1);

INSERT INTO card_templates (name, name_key, body, built_in) VALUES ('birthday', 'birthday',
'Dear {first_name},

Happy birthday from all of us at {property}! We are so pleased you are celebrating with us, and we hope your day is full of good things. Let us know if there is anything we can do to make it even more special.

Best wishes,
{signature}', 1);

INSERT INTO card_templates (name, name_key, body, built_in) VALUES ('anniversary', 'anniversary',
'Dear {first_name},

Happy anniversary! Thank you for choosing {property} to celebrate such a special occasion. We hope the two of you have a wonderful stay and a day to remember fondly.

With warmest wishes,
{signature}', 1);

-- The starter catalog: what a concierge most often sends up, with typical costs.
INSERT INTO amenities (name, name_key, department, unit_cost_cents, note_template) VALUES
    ('Bath salts', 'bath salts', 'housekeeping', 1800,
     'A little something for a long, slow soak. Enjoy, {first_name}.');
INSERT INTO amenities (name, name_key, department, unit_cost_cents, note_template) VALUES
    ('Wine and strawberries', 'wine and strawberries', 'food_and_beverage', 5800,
     'A bottle of wine and fresh strawberries, with our compliments.');
INSERT INTO amenities (name, name_key, department, unit_cost_cents, note_template) VALUES
    ('Beer and snacks', 'beer and snacks', 'food_and_beverage', 2400,
     'Cold beer and a few snacks, on us. Cheers, {first_name}!');
INSERT INTO amenities (name, name_key, department, unit_cost_cents, note_template) VALUES
    ('Signature drinks', 'signature drinks', 'food_and_beverage', 3200,
     'Two of our signature drinks, made for you by the bar.');
INSERT INTO amenities (name, name_key, department, unit_cost_cents, note_template) VALUES
    ('Fruit plate', 'fruit plate', 'food_and_beverage', 1600,
     'Fresh fruit to enjoy in your room, with our compliments.');
INSERT INTO amenities (name, name_key, department, unit_cost_cents, note_template) VALUES
    ('Flowers', 'flowers', 'concierge', 4500,
     'A few flowers to brighten your room, {first_name}.');
