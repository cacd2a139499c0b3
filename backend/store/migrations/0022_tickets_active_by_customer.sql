-- A rep's or manager's list of active tickets finds those of their
-- customers without reading the customers' resolved tickets, which are most
-- of them: the active ones only, by customer, in list order.
CREATE INDEX tickets_active_by_customer ON tickets(customer_id, received_at, id)
    WHERE deleted_at IS NULL AND status IN ('open', 'in_progress', 'waiting');
