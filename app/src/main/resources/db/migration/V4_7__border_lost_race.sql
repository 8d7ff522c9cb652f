-- The single-crossing API (issue 6) writes a crossing with its new traveller and document, its stay queue row
-- and its audit entry in one statement, run as a transaction of its own (no BEGIN, no COMMIT round trip:
-- org.jsis.border.internal.CrossingStore.RECORD_ONE). When a concurrent transaction recorded the same document
-- or crossing id first, the statement may have inserted a traveller or a document but not the crossing; it then
-- calls this function, which fails it as a serialization failure, so nothing it wrote is kept; the application
-- retries and finds the other transaction's rows.
CREATE FUNCTION border_lost_race(p_crossing TEXT) RETURNS BIGINT
    LANGUAGE plpgsql
AS $$
BEGIN
    RAISE EXCEPTION 'crossing %: a concurrent transaction recorded its document or id first', p_crossing
        USING ERRCODE = '40001';
END
$$;
