// The world as history had it, year by year: what the meters show on the historical course. Chapters of
// the historical course call `history_year(year)` where the year's changes have happened (after a
// decision, never before, so the meters do not announce its outcome), because one member's vote did
// not change the country: the player's choices move only their own standing and safety there.
// Counterfactual courses set the world themselves. The meters are a model, not a measurement; src/ui
// explains what each one stands for and what it leaves out. The Politburo table on the historical
// course is not set here: the stage reads it, day by day, from story/data/politburo.json at each
// scene's date; only the counterfactual courses set pb_<member> themselves.

=== function history_year(year)
~ history_meters(year)
// From 1936 no one in the leadership was safe, however loyal: the player's safety is held at half at most.
{year >= 1936 && safety > 50:
    ~ safety = 50
}

// stalin_power, debate, repression, peasants, industry for each year of the historical course.
=== function history_meters(year)
{
- year <= 1921:
    ~ set_world(20, 55, 45, 10, 10)
- year == 1922:
    ~ set_world(30, 50, 40, 25, 15)
- year == 1923:
    ~ set_world(35, 45, 35, 40, 20)
- year == 1924:
    ~ set_world(45, 40, 35, 50, 25)
- year == 1925:
    ~ set_world(50, 35, 30, 55, 30)
- year == 1926:
    ~ set_world(55, 30, 30, 55, 35)
- year == 1927:
    ~ set_world(65, 15, 35, 50, 40)
- year == 1928:
    ~ set_world(70, 15, 45, 35, 45)
- year == 1929:
    ~ set_world(80, 10, 55, 25, 55)
- year <= 1931:
    ~ set_world(85, 5, 70, 10, 60)
- year <= 1933:
    ~ set_world(85, 5, 75, 5, 70)
- year == 1934:
    ~ set_world(85, 10, 65, 15, 75)
- year == 1935:
    ~ set_world(90, 5, 75, 20, 80)
- year == 1936:
    ~ set_world(92, 5, 85, 25, 80)
- else:
    ~ set_world(95, 0, 100, 20, 85)
}

=== function set_world(power, argue, repress, peasant_lot, industry_level)
~ stalin_power = power
~ debate = argue
~ repression = repress
~ peasants = peasant_lot
~ industry = industry_level

// Moves a meter by `by`, in whole steps of 10 (a move of 5 counts as 10, in its own direction), and keeps
// it within 0..100. Coarse steps keep the number of distinct story states small enough for the story
// test to walk them all; the meters are a model, and a finer scale would claim a precision they lack.
=== function shift(ref x, by)
{
- by > 0:
    ~ x = x + 10 * ((by + 9) / 10)
- by < 0:
    ~ x = x - 10 * ((9 - by) / 10)
}
{
- x > 100:
    ~ x = 100
- x < 0:
    ~ x = 0
}

// Records that the player openly set themselves against the majority line. The Terror reads only
// whether this happened none, one, two, or three or more times, so the count stops at 3.
=== function oppose(times)
~ opposed = opposed + times
{opposed > 3:
    ~ opposed = 3
}
