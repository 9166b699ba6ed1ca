// STUB: to be written.
=== ending_collective ===
The end. # ending: collective
-> END
