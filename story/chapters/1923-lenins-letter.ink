// STUB: to be written.
=== lenins_letter ===
-> lenins_funeral
