// STUB: to be written.
=== great_turn ===
-> ryutin_affair
