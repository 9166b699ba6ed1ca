// STUB: to be written.
=== general_secretary ===
-> georgian_affair
