// STUB: to be written.
=== ending_kirov ===
The end. # ending: kirov
-> END
