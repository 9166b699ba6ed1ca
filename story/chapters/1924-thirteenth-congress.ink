// STUB: to be written.
=== thirteenth_congress ===
-> one_country
