// STUB: to be written.
=== bukharin_course ===
-> ending_bukharin
