// STUB: to be written.
=== famine_1932 ===
-> congress_of_victors
