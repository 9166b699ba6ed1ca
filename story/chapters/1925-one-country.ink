// STUB: to be written.
=== one_country ===
-> united_opposition
