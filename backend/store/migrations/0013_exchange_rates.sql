-- Exchange rates (backend/company): the owner keeps, per foreign currency and
-- calendar month of the company's zone, how many company-currency units one
-- major unit of it is worth, in millionths (7.123456 CNY per USD = 7123456).
-- Amounts in other currencies are converted with them wherever they are
-- summed: a won deal at its month's rate, an open one at the current month's.
-- (currency, month) is a natural key: one record per key everywhere.

CREATE TABLE exchange_rates (
    id          TEXT PRIMARY KEY,
    currency    TEXT NOT NULL,
    month       TEXT NOT NULL, -- YYYY-MM
    rate_micro  INTEGER NOT NULL CHECK (rate_micro > 0),
    created_by  TEXT REFERENCES users(id),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    deleted_at  TEXT,
    version     INTEGER NOT NULL DEFAULT 1
);
CREATE UNIQUE INDEX exchange_rates_key ON exchange_rates(currency, month) WHERE deleted_at IS NULL;

-- Sums look for deals in another currency through this index before reading
-- them one by one; a company that sells in one currency pays nothing.
CREATE INDEX deals_currency ON deals(currency);
