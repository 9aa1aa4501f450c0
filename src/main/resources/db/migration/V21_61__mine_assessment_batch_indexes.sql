-- Issue 18 performance: the province's assessment reads the stop-work orders of 500 commissioners at a time.
CREATE INDEX mine_stop_order_commissioner ON mine_stop_order (commissioner_id, ordered_at);
