// STUB: to be written.
=== ending_bukharin ===
The end. # ending: bukharin
-> END
