-- Issue 15 (draw performance): a draw's row (~4.2 KB with its packed snapshot of ~1,000 candidates) passed the default
-- TOAST threshold (~2 KB), so every INSERT compressed the snapshot with pglz (3.5 KB → 1.4 KB) first: ~0.05 ms of the
-- INSERT's ~0.17 ms (EXPLAIN ANALYZE of 1,000 draws' inserts, bench/expert-draw.md). Rows stay inline and uncompressed
-- up to a page; larger rows are toasted as before. Stored rows and the bytes read back do not change.
ALTER TABLE exp_draw SET (toast_tuple_target = 8160);
