-- Chairmanship of the organisation, as terms [valid_from, valid_to): valid_to is the first day after
-- the term, as for membership periods.
--
-- The seed article (Eurasia Daily Monitor vol. 4 issue 103, May 2007) names one term: "the first
-- half of 2008, when Kyrgyzstan is due to head the organization". We read "the first half of 2008"
-- as the calendar half-year, 1 January to 30 June 2008 inclusive. The article names no other chair,
-- so no other term is seeded; a later term is a new row.
INSERT INTO chairmanship_term (state_code, valid_from, valid_to, note) VALUES
    ('KGZ', DATE '2008-01-01', DATE '2008-07-01', 'First half of 2008 (Eurasia Daily Monitor 4/103, May 2007)');

-- At most one chair on any day.
ALTER TABLE chairmanship_term
    ADD CONSTRAINT chairmanship_term_no_overlap EXCLUDE USING gist (daterange(valid_from, valid_to) WITH &&);
