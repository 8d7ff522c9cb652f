-- Illegal crossings: the place as the detecting service names it (a district, a river section, a
-- landmark), so that statistics can count by place as well as by border section and coordinates.
ALTER TABLE border_illegal_crossing
    ADD COLUMN place TEXT CHECK (place IS NULL OR length(place) BETWEEN 1 AND 200);
CREATE INDEX border_illegal_crossing_detected_idx ON border_illegal_crossing (detected_at);
