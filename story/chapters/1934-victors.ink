// STUB: to be written.
=== congress_of_victors ===
-> great_terror
