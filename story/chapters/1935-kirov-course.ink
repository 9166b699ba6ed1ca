// The Kirov course, 1934–1938 (a counterfactual course, opened by `victors.kirov` in
// chapters/1934-victors.ink): delegates at the 17th Congress turn to Kirov, he accepts, and Stalin
// loses the Secretariat but keeps his Politburo seat. Kirov was a hard-line Stalinist (Leningrad from
// 1926, the Politburo from 1930, collectivisation), so this is at most a limited thaw. Nikolaev's shot
// of 1 December 1934 is not fired here, because Kirov has moved to Moscow (counterfactual; the real
// murder and the dispute over it are told as such). Two short chapters: 1935 (one flavour choice:
// which file you open first) and 1936–37 (this course's `terror` decision); then endings/kirov.ink.

// What the player chose on this course's `terror` decision, read by ending_kirov:
// "hard" (the trials the hard-liners demanded), "courts" (open courts, no death sentences for
// opinions), "review" (no trials and a review of the camps, refused: the player is sent away);
// "none" before.
VAR kirov_trials = "none"

// The Politburo on this course: as history had it in 1934 (Lenin dead, Trotsky deported, Zinoviev
// and Kamenev expelled, the Right out of the Politburo), but Kirov alive and General Secretary, Stalin
// still a member; no Moscow trials, so Tomsky, Zinoviev and Kamenev are not dead in 1936.
=== function kirov_politburo()
~ pb_lenin = "died"
~ pb_trotsky = "deported"
~ pb_stalin = "member"
~ pb_zinoviev = "expelled"
~ pb_kamenev = "expelled"
~ pb_bukharin = "out"
~ pb_rykov = "out"
~ pb_tomsky = "out"
~ pb_molotov = "member"
~ pb_kalinin = "member"
~ pb_voroshilov = "member"
~ pb_kirov = "member"


=== kirov_course ===
~ set_world(60, 20, 55, 20, 80)
~ kirov_politburo()
# chapter: kirov-course # year: 1935 # record: counterfactual # scene: politburo
1935, on a course history did not take. Kirov works from Stalin's old office, and the apparatus Stalin built over twelve years now answers to him. It has not forgotten how to answer to Stalin.

Kirov changes the tone, not the system. The collective farms stay; the plan stays; the ban on factions stays. The political police, the NKVD, stays, under Genrikh Yagoda, who has headed it since July 1934. What Kirov promises is quieter: grain quotas the villages can meet, fewer enemies discovered, the party's old quarrels left asleep.

He has brought you onto the Politburo, and on your first morning he hands you three files. Which do you open first?

* [The villages]
    -> kirov_villages
* [Zinoviev and Kamenev]
    -> kirov_zinoviev
* [The camps]
    -> kirov_camps

= kirov_villages
# record: counterfactual
# scene: countryside
The file is from a district of the Kuban that was blacklisted in the winter of 1932. Its shop is open again and its quota lower. The report counts seed, horses and labour days. It does not count the dead, and no newspaper on this course prints the word famine either.

# record: history
In real history the famine of 1930–33 killed about 5.7 to 8.7 million people, the range reference works give. Kirov, like the rest of the Politburo, had backed the quotas and the silence.
-> kirov_terror

= kirov_zinoviev
# record: counterfactual
The NKVD wants Zinoviev and Kamenev watched more closely, and arrested if need be. Here they are still free, in small jobs, writing careful articles.

# record: history
In real history, by now they were in prison: tried in January 1935 as the "Moscow Centre" after Kirov's murder, and sentenced to ten and five years.
-> kirov_terror

= kirov_camps
# record: history
About 2 million peasants were deported as "kulaks" in 1930–31.

# record: counterfactual
The file lists the camps and the special settlements, their canals and mines, and how many prisoners each of them lost last winter. You take it to Kirov. He reads it and says the plan needs the canals. The file goes into a drawer.
-> kirov_terror


=== kirov_terror ===
~ set_world(60, 15, 60, 25, 85)
~ kirov_politburo()
# year: 1936
# record: history
Hitler has been in power in Germany since January 1933.

# record: counterfactual
On this course the fear of a war with Germany is the hard-liners' best argument.
~ set_world(62, 15, 60, 25, 85)
# year: 1937
Early in 1937 Yagoda brings the Politburo a file. Zinoviev, Kamenev and dozens of former oppositionists, it says, are Trotsky's agents, ready to help the enemy when the war comes. Stalin, Molotov and Kaganovich want public trials and death sentences: a party that spares its enemies on the eve of a war, Molotov argues, will not survive the war. Kirov hesitates: he made his name by being hard on enemies, and does not want to be remembered as the man who let them go. Kalinin asks to see the evidence.

The vote will be close, and yours is one of the votes.

* [Vote for the trials and death sentences the NKVD and the hard-liners demand #choice: terror.hard-line #arg: terror-inside-party #arg: terror-extended #actual]
    -> kirov_hard
* [Insist on open courts, real evidence and no death sentences for opinions #choice: terror.open-courts #arg: terror-inside-party #arg: democratic-centralism]
    -> kirov_courts
* [Refuse any trials, and ask for a commission to review the cases of people held in the camps for their opinions #choice: terror.review #arg: terror-extended #arg: motive-matters]
    -> kirov_review

= kirov_hard
Your vote tips it. In the spring Zinoviev, Kamenev and fourteen others are tried in public, confess, and are shot. Kirov signs. The NKVD asks for more names and gets some of them. The story supposes no mass operations on this course, but the party has begun to shoot its own.
~ kirov_trials = "hard"
~ pb_zinoviev = "shot"
~ pb_kamenev = "shot"
~ set_world(70, 10, 75, 25, 85)
~ shift(standing, 5)
-> ending_kirov

= kirov_courts
Kalinin comes over, and then Kirov. The case goes to an ordinary court, in public, and the "terrorist centre" falls apart under questioning. Zinoviev and Kamenev are convicted of anti-Soviet agitation and sent to prison for five years. Yagoda takes it as a defeat. Stalin says nothing, and waits.
~ kirov_trials = "courts"
~ pb_zinoviev = "prison"
~ pb_kamenev = "prison"
~ set_world(55, 20, 55, 25, 85)
~ shift(safety, -5)
-> ending_kirov

= kirov_review
The room goes quiet. To Kirov, a review of the camps means admitting that the party filled them wrongly. To keep the Politburo whole he drops the trials and refuses your commission. Zinoviev and Kamenev stay where they are, watched. You are moved out of Moscow, to a regional post far from the Politburo.
~ kirov_trials = "review"
~ set_world(58, 20, 55, 25, 85)
~ shift(standing, -15)
~ shift(safety, -10)
~ oppose(1)
-> ending_kirov
