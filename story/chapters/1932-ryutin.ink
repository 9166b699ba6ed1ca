// STUB: to be written.
=== ryutin_affair ===
-> famine_1932
