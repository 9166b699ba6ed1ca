// Lenin's Heirs: the root of the story. Each chapter lives in its own file under chapters/ and hands
// on to the next by a divert; until the chapters for 1922–1938 exist, 1921 ends in the provisional
// ending. The names of the world meters are read by src/narrative/world.ts: keep them as they are.

INCLUDE chapters/1921-tenth-congress.ink
INCLUDE endings/provisional.ink

// The world, each meter 0..100.
VAR stalin_power = 25
VAR debate = 60
VAR repression = 35
VAR peasants = 20
VAR standing = 50
VAR safety = 70

-> tenth_congress

// Moves a meter by `by` and keeps it within 0..100, so no chain of choices can push it off the scale.
=== function shift(ref x, by) ===
~ x = x + by
{
- x > 100:
    ~ x = 100
- x < 0:
    ~ x = 0
}
