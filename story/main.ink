// Lenin's Heirs: the root of the story. Each chapter lives in its own file under chapters/ and hands
// on to the next by a divert; story/OUTLINE.md maps the courses, the chapters and their knots. The
// names of the variables below are read by src/narrative/world.ts: keep them as they are.

INCLUDE world.ink
INCLUDE chapters/1921-tenth-congress.ink
INCLUDE chapters/1922-general-secretary.ink
INCLUDE chapters/1922-georgian-affair.ink
INCLUDE chapters/1923-lenins-letter.ink
INCLUDE chapters/1924-funeral.ink
INCLUDE chapters/1924-thirteenth-congress.ink
INCLUDE chapters/1925-one-country.ink
INCLUDE chapters/1927-united-opposition.ink
INCLUDE chapters/1925-collective-course.ink
INCLUDE chapters/1928-grain-crisis.ink
INCLUDE chapters/1928-in-exile.ink
INCLUDE chapters/1929-great-turn.ink
INCLUDE chapters/1932-ryutin.ink
INCLUDE chapters/1932-famine.ink
INCLUDE chapters/1934-victors.ink
INCLUDE chapters/1936-great-terror.ink
INCLUDE chapters/1928-collective-later.ink
INCLUDE chapters/1929-bukharin-course.ink
INCLUDE chapters/1935-kirov-course.ink
INCLUDE endings/history.ink
INCLUDE endings/oppositionist.ink
INCLUDE endings/collective.ink
INCLUDE endings/bukharin.ink
INCLUDE endings/kirov.ink
INCLUDE lesson/lesson.ink

// The world, each meter 0..100. On the historical course world.ink sets them year by year.
VAR stalin_power = 20
VAR debate = 55
VAR repression = 45
VAR peasants = 10
VAR industry = 10

// The player, 0..100, moved only in steps of 10 by shift() (so the story's states stay few enough to test them all).
VAR standing = 50
VAR safety = 70

// Which course history is on: "history", or a counterfactual course opened by the player's choices:
// "collective" (Stalin moved from the Secretariat in 1924), "bukharin" (the Right keeps its majority
// in 1928–29), "kirov" (Stalin struck from the Central Committee in 1934).
VAR course = "history"

// Which way into the story: "full" (the whole game) or "lesson" (the key decisions only, with short
// bridges between them: lesson/lesson.ink). Set by the game before the first line; never changed.
VAR route = "full"

// The player's record, which the Terror reads: how often they openly set themselves against the
// majority line; whether they joined the United Opposition; whether they later recanted.
VAR opposed = 0
VAR oppositionist = false
VAR recanted = false

// What no one controls: 1, 2 or 3, drawn by the game once per playthrough and handed to the story
// through the external function fortune() (its fallback below gives 2, so any ink player can run the
// story). draw_luck() keeps the draw in `luck` (0 until drawn), at the moment the story first needs it.
VAR luck = 0
EXTERNAL fortune()

// Where each member of the Politburo stands on a counterfactual course (values: src/narrative/world.ts STANDINGS; the historical course's table is story/data/politburo.json).
VAR pb_lenin = "member"
VAR pb_trotsky = "member"
VAR pb_stalin = "member"
VAR pb_zinoviev = "member"
VAR pb_kamenev = "member"
VAR pb_bukharin = "candidate"
VAR pb_molotov = "candidate"
VAR pb_kalinin = "candidate"
VAR pb_rykov = "absent"
VAR pb_tomsky = "absent"
VAR pb_voroshilov = "absent"
VAR pb_kirov = "absent"

{ route == "lesson":
    -> lesson_start
}
-> tenth_congress

=== function fortune()
~ return 2

=== function draw_luck()
{luck == 0:
    ~ luck = fortune()
}
