// STUB: to be written.
=== united_opposition ===
-> grain_crisis
