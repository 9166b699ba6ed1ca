// STUB: to be written.
=== in_exile ===
-> ending_oppositionist
