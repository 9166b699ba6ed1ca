// STUB: to be written.
=== collective_one_country ===
-> collective_opposition
=== collective_opposition ===
-> collective_grain
