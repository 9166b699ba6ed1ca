// STUB: to be written.
=== grain_crisis ===
-> great_turn
