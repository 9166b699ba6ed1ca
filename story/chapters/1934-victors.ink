// Chapter 1934: the 17th Congress, the "Congress of Victors" (history.md D18), and the murder of
// Kirov (D19). Decision `victors`: leave Stalin's name on the ballot (what the majority did), strike
// it in secret, or join the delegates who turn to Kirov, which opens the counterfactual `kirov`
// course (chapters/1935-kirov-course.ink). The vote counts and the approach to Kirov are disputed and
// labelled so; Stalin's role in Kirov's murder is disputed and labelled so.

=== congress_of_victors ===
~ history_year(1934)
# chapter: congress-of-victors # year: 1934 # date: 1934-01-26 # record: history # scene: politburo
On 26 January 1934 the Seventeenth Party Congress opens in Moscow: 1,225 delegates with a vote and 736 with a voice only. The newspapers call it the Congress of Victors. The Five-Year Plan has been declared fulfilled, the villages collectivised, the oppositions beaten. Speaker after speaker praises Stalin. No one speaks of the famine.

Before it disperses, the congress elects the new Central Committee by secret ballot. Each delegate gets the list of candidates and may strike out any name on it. Stalin's name is on the list, and so is yours.

In 1924 Lenin's Letter to the Congress, which proposed moving Stalin from the post of General Secretary, was read to the delegations, not to the congress, and Stalin stayed.

# record: disputed
In the corridors, some later accounts say, a group of delegates asked Sergei Kirov, the party leader in Leningrad, to take Stalin's place. Historians disagree about how far this went; Orlando Figes finds it unclear whether Kirov even knew.

# record: history
What do you do with your ballot?

* [Leave Stalin's name on your ballot #choice: victors.vote-for #arg: cult-of-personality #arg: terror-inside-party #actual]
    -> victors_vote_for
* [Strike out his name, in secret #choice: victors.strike #arg: testament #arg: democratic-centralism]
    -> victors_strike
* [Join the delegates who turn to Kirov, and ask him to stand #choice: victors.kirov #arg: testament #arg: democratic-centralism #arg: cult-of-personality]
    -> victors_kirov

= victors_vote_for
You fold the ballot with every name left on it and drop it in the box. It feels like nothing, and that is how it is meant to feel. Whatever you think of the man, you tell yourself that one crossed-out name would change nothing.
~ shift(standing, 5)
-> victors_count

= victors_strike
You draw one line through one name, fold the ballot and drop it in the box. No one sees you do it. The ballot is secret; but ballots are counted by people, and you cannot know who else did the same, or who will one day want to find out.
~ shift(safety, -10)
~ oppose(1)
-> victors_count

= victors_kirov
~ course = "kirov"
~ set_world(65, 20, 60, 15, 75)
~ kirov_politburo()
# record: counterfactual
From here the story leaves the record: what follows did not happen.

Late at night you find Kirov with a handful of delegates from the regions. They do not want to undo the line: the collective farms, the plan and the ban on factions all stay. They want Stalin out of the Secretariat, as Lenin's Letter once advised. On this course Kirov hears them out, and says yes.

# sfx: gavel
Hundreds of ballots come back with Stalin's name struck out, too many to announce as a handful. At its first plenum the new Central Committee elects Kirov General Secretary. Stalin keeps his seat on the Politburo, and Molotov and Kaganovich keep theirs beside him.

# record: history
Kirov is no liberal. He has run Leningrad since 1926, the city Zinoviev ran before him, and has sat on the Politburo since 1930 as Stalin's ally. He backed collectivisation.

# record: counterfactual
# date: 1934-12-01
On this course Kirov moves to Moscow, and on 1 December 1934 he is not in the Smolny, the party's headquarters in Leningrad.

# record: history
In real history, at about half past four that afternoon, Leonid Nikolaev shot Kirov dead in the Smolny.

# record: disputed
Most accounts see it as Nikolaev's own act. Whether anyone helped him, or Stalin wanted it, is disputed.
-> kirov_course


=== victors_count ===
# record: history
# date: 1934-02-10
# sfx: gavel
When the result is announced, Stalin is elected with the rest. Officially, three delegates struck out his name.

# record: disputed
How many really did is disputed: over a hundred, some accounts say; at least 150, says Orlando Figes; 292 in one retelling; even 1,108 in another. None of them has been proved.

# record: history
# scene: poster
After the congress Stalin is styled simply "Secretary".

On 25 February 1956, in a secret speech, Nikita Khrushchev will reveal what became of this congress. Of its 1,966 delegates, 1,108 will be arrested. Of the 139 members and candidates of the Central Committee it elects, 98 will be arrested and shot.

# date: 1934-12-01
# sfx: telegraph
On 1 December 1934, at about half past four in the afternoon, Leonid Nikolaev shoots Kirov dead in the Smolny, the party's headquarters in Leningrad.
~ pb_kirov = "murdered"
That same day a decree introduces summary procedures for cases of "terrorism". On 29 December Nikolaev and thirteen others are shot.

~ history_year(1935)
# year: 1935
# date: 1935-01
Zinoviev and Kamenev, arrested after the murder, are tried in January 1935 as the "Moscow Centre" and sentenced to ten years and five years.

# record: disputed
Did Stalin have Kirov killed? Commissions under Khrushchev and again in the perestroika years raised suspicions, and Robert Conquest and Amy Knight argue that he was complicit. Matthew Lenoe and Oleg Khlevniuk, working from the archives, find no evidence that he ordered it.
-> great_terror
