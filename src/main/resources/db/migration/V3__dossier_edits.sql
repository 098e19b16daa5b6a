-- Record forms (issue #7) store each edit as a new dossier version; an edit may bring a dossier back to the exact
-- content of an earlier version (a record added, then deleted), so the same bytes may now be stored again. Uploads
-- still refuse bytes stored before (checked by the service); the index keeps that lookup fast.
alter table dossier drop constraint dossier_hash_per_commune;
create index dossier_by_commune_hash on dossier (commune_code, hash);
