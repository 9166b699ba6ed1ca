// The lesson route (issue #10): the same story as the full game, through its key decisions only, for a
// 50-minute lesson. The engine sets `route` to "lesson" before the first line (main.ink declares it).
// The route plays the chapters' own decision scenes, and between them short bridges (this file) say
// what happened in the years it skips:
//
//   lesson_start (1921) -> tenth_congress_vote (`ban`) -> lesson_between_1921_1924
//   -> thirteenth_congress (`testament`)
//        history:    -> lesson_between_1924_1928 -> grain_crisis_vote (`nep`)
//                        extraordinary / prices: -> great_turn (`collectivisation`) -> lesson_between_1930_1936
//                                                -> great_terror (`terror`) -> lesson_terror_operations
//                                                -> ending_history_*
//                        right-majority:         -> lesson_bukharin_1929_1932 -> bukharin_famine (its own
//                                                `famine`) -> bukharin_terror (its own `terror`) -> ending_bukharin
//        collective: -> lesson_collective_1924_1928 -> collective_grain (its own `nep`, `famine`, `terror`)
//                    -> ending_collective
//
// The chapters hand over to these knots by a small `{route == "lesson": -> …}` at their exits. Bridges
// on the historical course are history (history.md D02–D19); the collective bridge is counterfactual.

=== lesson_start ===
~ history_year(1921)
# chapter: tenth-congress # year: 1921 # date: 1921-03 # record: history # scene: congress
March 1921. The Civil War is all but won, and the country is hungry. Stripped of their grain by armed detachments, peasants in some provinces are in revolt. On 1 March the sailors of Kronstadt, the naval fortress that guards Petrograd, rise as well, demanding freely re-elected soviets.

# date: 1921-03-08
# music: murmur
On 8 March the Tenth Congress of the party opens in Moscow. You play a fictional member of its Central Committee. Inside the party, groups such as the Workers' Opposition have their own platforms and vote as a bloc. The majority calls that a faction.
-> tenth_congress_vote


=== lesson_between_1921_1924 ===
# chapter: lesson-1921-1924 # year: 1921 # date: 1921-03-21 # record: history # scene: countryside
By 18 March Kronstadt is crushed. On 21 March a tax in kind replaces the seizure of grain: the peasant may sell what is left. It is the New Economic Policy, the NEP: private trade comes back. It cannot stop the famine that drought, war and requisitioning bring in 1921–22: about 5 million people die, mainly along the Volga and in the Urals.

~ history_year(1922)
# year: 1922 # date: 1922-04-03 # scene: politburo
On 3 April 1922 Stalin is made General Secretary, in charge of the party's apparatus and appointments. Lenin has strokes in May and December.

# date: 1922-12
# sfx: typewriter
At the end of December Lenin dictates a "Letter to the Congress". On 4 January 1923 he adds that Stalin is too rude, and that the comrades should think of a way to remove him from his post. In March 1923 a third stroke ends Lenin's political life.

~ history_year(1924)
# year: 1924 # date: 1924-01-21 # sfx: bell
Lenin dies on 21 January 1924.
-> thirteenth_congress


// From the end of the 13th Congress chapter.
=== lesson_after_testament ===
{ course == "collective":
    -> lesson_collective_1924_1928
}
-> lesson_between_1924_1928


=== lesson_between_1924_1928 ===
# chapter: lesson-1924-1928 # year: 1924 # date: 1924-12 # record: history # scene: politburo
In December 1924 Stalin sets out "socialism in one country": the Soviet Union can build socialism without waiting for revolution in the West.

~ history_year(1925)
# year: 1925 # date: 1925-12
In December 1925 Zinoviev and Kamenev turn on Stalin, and lose.

~ history_year(1926)
# year: 1926
In 1926 they join Trotsky as the United Opposition; by October all three are off the Politburo.

~ history_year(1927)
# year: 1927 # date: 1927-11-14 # sfx: stamp
Now the ban on factions is turned against them. On 14 November 1927 Trotsky and Zinoviev are expelled from the party, and in December the other leaders of the Opposition.
-> lesson_grain_crisis


=== lesson_grain_crisis ===
~ history_year(1928)
# chapter: grain-crisis # year: 1928 # date: 1928-01 # record: history # scene: politburo
January 1928. The harvest was fair, but state prices are low and the shops have little to sell, so peasants hold their grain back. Instead of raising prices, the leadership turns to force: grain is confiscated as "speculation". Bukharin, Rykov and Tomsky warn that force will break the bond between workers and peasants.

# year: 1929
-> grain_crisis_vote


=== lesson_between_1930_1936 ===
~ history_year(1930)
# chapter: lesson-1930-1936 # year: 1930 # date: 1930-01-30 # record: history # scene: countryside
From January 1930 "kulaks" are shot or sent to the camps, deported, or resettled nearby: about 1.8 million peasants are deported in 1930–31. Stalin's "Dizzy with Success" of 2 March blames local officials for "excesses"; the drive pauses, then resumes.

~ history_year(1932)
# year: 1932 # date: 1932-08-07
Famine spreads: in Kazakhstan from 1930, then, worst in 1932–33, in Ukraine, the North Caucasus and beyond. The state goes on taking grain from villages that no longer have enough, and selling it abroad. A law of 7 August 1932 allows people to be shot for taking grain from a collective farm's fields. Villages that miss their quotas are blacklisted. In public the famine is denied.

~ history_year(1933)
# year: 1933
In January 1933 starving peasants are forbidden to leave Ukraine and the Kuban in search of bread. The famine of 1930–33 kills about 5.7 to 8.7 million people across the Soviet Union; in Ukraine estimates run from 2.6 to 5 million, and in Kazakhstan 1.2 to 1.4 million die, the highest death rate of all. Each was a person with a name.

# record: disputed
Whether it was intended is disputed. Robert Conquest saw a deliberate "terror-famine", and many states recognise the Holodomor in Ukraine as genocide; R. W. Davies, Stephen Wheatcroft and Stephen Kotkin find a ruthless policy but no conscious plan to starve.

~ history_year(1934)
# record: history
# year: 1934 # date: 1934-12-01 # sfx: telegraph # scene: politburo
On 1 December 1934 Leonid Nikolaev shoots dead Sergei Kirov, the party's leader in Leningrad. A decree of that day sets up summary procedures for "terrorist" cases.

# record: disputed
Whether Stalin had a hand in it is disputed: Robert Conquest argued that he did; Oleg Khlevniuk and Matthew Lenoe find no evidence of it.
-> great_terror


// From great_terror_operations: the mass operations of 1937–38 in brief.
=== lesson_terror_operations ===
# record: history
# date: 1937-02-27
# sfx: stamp
On 27 February Bukharin and Rykov are expelled from the party and arrested.

# date: 1937-07-30
# sfx: typewriter
Order No. 00447 of 30 July, signed by Yezhov, sets every region quotas of "kulaks" and "criminals" to be shot or sent to the camps; three-man troikas sentence them without trial. Under this order alone over 767,000 people will be condemned and about 387,000 shot, by one count; the "national operations" against Germans, Poles and others will shoot 247,157 more.

Stalin and his closest colleagues sign lists of names. Whether yours is on one depends on your record, and on chance.
-> great_terror_fate


// The Bukharin course in brief (the Right kept its majority in March 1929: grain_crisis_right_majority).
// The full game plays 1929–30 in chapters/1929-bukharin-course.ink; the lesson route tells them here,
// with Rykov's middle course for the village, and joins the course's own chapters at bukharin_famine.
=== lesson_bukharin_1929_1932 ===
~ set_world(55, 25, 40, 45, 50)
~ bukharin_politburo(1929)
# chapter: lesson-bukharin-1929-1932 # year: 1929 # date: 1929-04 # record: counterfactual # scene: politburo
On the course this story has taken, the "Right deviation" is not condemned. The state pays more for grain, and grain comes back to the market. Rykov's middle course wins the argument over the village: collective farms are formed where the tractors arrive, and elsewhere peasants keep their own land.
~ bukharin_tempo = "plan"

~ bukharin_politburo(1930)
# year: 1930
In 1930 the party congress moves Stalin out of the Secretariat. He keeps his seat in the Politburo.

# record: history
In the real 1929–30 Bukharin lost his Politburo seat, Stalin drove the peasants into collective farms, and about 1.8 million were deported from their villages in 1930–31.
-> bukharin_famine


// The collective course in brief: Stalin was moved from the Secretariat in May 1924 (thirteenth_congress's
// read_out). The full game plays 1925–27 (chapters/1925-collective-course.ink); the lesson route tells them
// here and joins the course's own chapters at collective_grain, whose decisions are nep, famine and terror.
=== lesson_collective_1924_1928 ===
~ set_world(25, 50, 30, 55, 30)
# chapter: lesson-collective-1924-1928 # year: 1925 # record: counterfactual # scene: politburo
On the course this story has taken, with no General Secretary the Politburo shares out the Secretariat's work, and no single man appoints the party's officials. The NEP goes on.

~ set_world(25, 45, 30, 55, 35)
# year: 1927
In 1927 the congress rejects the Left's platform for faster industry, but its authors, Preobrazhensky and Pyatakov, keep their party cards.
~ collective_critics = "debated"

# record: history
In history Stalin remained General Secretary, and by the end of 1927 he and Bukharin had driven Trotsky, Zinoviev and Kamenev out of the party.
-> collective_grain
