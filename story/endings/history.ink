// STUB: to be written.
=== ending_history_survivor ===
The end. # ending: history-survivor
-> END

=== ending_history_victim ===
The end. # ending: history-victim
-> END
