-- Quote discipline (backend/quote, backend/catalog): a price list may be kept
-- for some rep levels (a JSON list; empty means every level), and a quote
-- started by duplicating another remembers which one, so a copy of an
-- accepted sale is seen for what it is.

ALTER TABLE price_lists ADD COLUMN levels TEXT NOT NULL DEFAULT '[]';

ALTER TABLE quotes ADD COLUMN copied_from TEXT REFERENCES quotes(id);
CREATE INDEX quotes_copied_from ON quotes(copied_from) WHERE copied_from IS NOT NULL;
