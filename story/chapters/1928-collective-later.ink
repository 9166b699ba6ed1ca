// STUB: to be written.
=== collective_grain ===
-> ending_collective
