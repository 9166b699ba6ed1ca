// STUB: to be written.
=== great_terror ===
-> ending_history_survivor
