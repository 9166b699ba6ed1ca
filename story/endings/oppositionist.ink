// STUB: to be written.
=== ending_oppositionist ===
The end. # ending: oppositionist
-> END
