// STUB: to be written.
=== kirov_course ===
-> ending_kirov
