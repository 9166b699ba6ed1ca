// STUB: to be written.
=== georgian_affair ===
-> lenins_letter
