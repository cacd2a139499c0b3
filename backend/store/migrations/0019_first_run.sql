-- First run and switching from another CRM (issue 13 item 6).
--
-- Customers gain a website: the CRMs a business switches from (Zoho,
-- Salesforce, HubSpot, Fxiaoke) all export one, and the import dropped it.
ALTER TABLE customers ADD COLUMN website TEXT NOT NULL DEFAULT '';

-- When the owner put the getting-started checklist away (NULL: it shows on
-- the owner's dashboard). A company fact, so every owner's device agrees.
ALTER TABLE company ADD COLUMN getting_started_dismissed_at TEXT;
