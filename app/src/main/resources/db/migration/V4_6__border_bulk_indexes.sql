-- Indexes of the high-volume border tables, checked against every query (issue 6: bulk ingest). Each
-- index costs an entry per inserted row; these served no query.
--
-- border_document_number_idx (number): every look-up of a document gives its issuing state, number and
-- type, which the unique constraint's index (issuing_state, number, doc_type) serves.
DROP INDEX border_document_number_idx;

-- border_traveller_identity_idx (identity_key): the linking of a new document compares identity keys in
-- Java, among the travellers born the same day (found by birth date).
DROP INDEX border_traveller_identity_idx;

-- The birth-date index also carries what the linker looks at first (id, sex, identity key), so that the
-- candidates of a batch's new documents (about a hundred travellers per birth date among two million)
-- are read by an index-only scan; the other details are read only for the few plausible ones.
DROP INDEX border_traveller_birth_idx;
CREATE INDEX border_traveller_birth_idx ON border_traveller (birth_date) INCLUDE (id, sex, identity_key);
