// STUB: to be written.
=== lenins_funeral ===
-> thirteenth_congress
