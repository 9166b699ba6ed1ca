// The Kirov course, 1934–1938 (a counterfactual course, opened by `victors.kirov` in
// chapters/1934-victors.ink): delegates at the 17th Congress turn to Kirov, he accepts, and Stalin
// loses the Secretariat but keeps his Politburo seat. Kirov was a hard-line Stalinist (Leningrad from
// 1926, a Politburo candidate from 1926 and a full member from 1930, collectivisation), so this is at most a limited thaw. Nikolaev's shot
// of 1 December 1934 is not fired here, because Kirov has moved to Moscow (counterfactual; the real
// murder and the dispute over it are told as such). Two short chapters: 1935 (one flavour choice:
// which file you open first) and 1936–37 (this course's `terror` decision); then endings/kirov.ink.

// What the player chose on this course's `terror` decision, read by ending_kirov:
// "hard" (the trials the hard-liners demanded), "courts" (open courts, no death sentences for
// opinions), "review" (no trials and a review of the camps, refused: the player is sent away);
// "none" before.
VAR kirov_trials = "none"

// The Politburo on this course: as history had it at the congress of 1934 (Lenin dead, Trotsky
// deported, Zinoviev and Kamenev readmitted to the party in December 1933 but off the Politburo, the
// Right out of the Politburo), but Kirov alive and General Secretary, Stalin
// still a member; no Moscow trials, so Tomsky, Zinoviev and Kamenev are not dead in 1936.
=== function kirov_politburo()
~ pb_lenin = "died"
~ pb_trotsky = "deported"
~ pb_stalin = "member"
~ pb_zinoviev = "out"
~ pb_kamenev = "out"
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
1935. Kirov works from Stalin's old office; the apparatus Stalin built answers to him now, but has not forgotten how to answer to Stalin.

Kirov changes the tone, not the system: the collective farms, the plan and the ban on factions stay, and so does the NKVD, the political police, under Genrikh Yagoda. He promises quotas the villages can meet, and fewer enemies.

He has brought you onto the Politburo, and hands you three files. Which do you open first?

* [The villages #id: kirov-review.villages]
    -> kirov_villages
* [Zinoviev and Kamenev #id: kirov-review.zinoviev-kamenev]
    -> kirov_zinoviev
* [The camps #id: kirov-review.camps]
    -> kirov_camps

= kirov_villages
# record: counterfactual
# scene: countryside
The file is from a Kuban district blacklisted in 1932. Its shop is open again, its quota lower. The report counts seed and horses, not the dead.

# record: history
The famine of 1930–33 killed about 5.7 to 8.7 million people, the range reference works give. Kirov sat on the Politburo that set the quotas and kept the silence.
-> kirov_terror

= kirov_zinoviev
# record: counterfactual
The NKVD wants Zinoviev and Kamenev watched more closely, and arrested if need be. Here they are free, in small jobs, writing careful articles.

# record: history
In real history they were in prison by now: tried in January 1935 as the "Moscow Centre" after Kirov's murder, Zinoviev got ten years and Kamenev five.
-> kirov_terror

= kirov_camps
# record: history
About 1.8 million peasants were deported as "kulaks" in 1930–31, by the OGPU's own count.

# record: counterfactual
The file lists the camps and special settlements, their canals and mines, and how many prisoners each lost last winter. Kirov reads it and says the plan needs the canals. The file goes into a drawer.
-> kirov_terror


=== kirov_terror ===
~ set_world(60, 15, 60, 25, 85)
~ kirov_politburo()
# year: 1936
# record: history
Hitler has ruled Germany since January 1933.

# record: counterfactual
~ set_world(62, 15, 60, 25, 85)
# year: 1937
Early in 1937, with war feared, Yagoda brings the Politburo a file: Zinoviev, Kamenev and dozens of former oppositionists, it says, are Trotsky's agents, waiting for the war. Stalin, Molotov and Kaganovich want public trials and death sentences. Kirov, hard on enemies all his career, hesitates; Kalinin asks for evidence. The vote will be close, and yours is one of the votes.

* [Vote for the trials and death sentences the NKVD and the hard-liners demand #choice: terror.hard-line #arg: terror-inside-party #arg: terror-extended #actual]
    -> kirov_hard
* [Insist on open courts, real evidence and no death sentences for opinions #choice: terror.open-courts #arg: terror-inside-party #arg: democratic-centralism]
    -> kirov_courts
* [Refuse any trials, and ask for a commission to review the cases of people held in the camps for their opinions #choice: terror.review #arg: terror-extended #arg: motive-matters]
    -> kirov_review

= kirov_hard
Your vote tips it. In the spring Zinoviev, Kamenev and fourteen others are tried in public, confess and are shot; Kirov signs. The story supposes no mass operations here, but the party has begun to shoot its own.
~ kirov_trials = "hard"
~ pb_zinoviev = "shot"
~ pb_kamenev = "shot"
~ set_world(70, 10, 75, 25, 85)
~ shift(standing, 5)
-> ending_kirov

= kirov_courts
Kalinin comes over, then Kirov. In an open court the "terrorist centre" falls apart under questioning; Zinoviev and Kamenev get five years for anti-Soviet agitation. Stalin says nothing, and waits.
~ kirov_trials = "courts"
~ pb_zinoviev = "prison"
~ pb_kamenev = "prison"
~ set_world(55, 20, 55, 25, 85)
~ shift(safety, -5)
-> ending_kirov

= kirov_review
To Kirov, a review of the camps would admit that the party filled them wrongly. To keep the Politburo whole he drops the trials, refuses your commission, and moves you out of Moscow to a regional post.
~ kirov_trials = "review"
~ set_world(58, 20, 55, 25, 85)
~ shift(standing, -15)
~ shift(safety, -10)
~ oppose(1)
-> ending_kirov
