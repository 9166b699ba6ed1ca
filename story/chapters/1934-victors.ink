// Chapter 1934: the 17th Congress, the "Congress of Victors" (history.md D18), and the murder of
// Kirov (D19). Decision `victors`: leave Stalin's name on the ballot (what the majority did), strike
// it in secret, or join the delegates who turn to Kirov, which opens the counterfactual `kirov`
// course (chapters/1935-kirov-course.ink). The vote counts and the approach to Kirov are disputed and
// labelled so; Stalin's role in Kirov's murder is disputed and labelled so.

=== congress_of_victors ===
# chapter: congress-of-victors # year: 1934 # date: 1934-01-26 # record: history # scene: politburo
On 26 January 1934 the Seventeenth Party Congress, the "Congress of Victors", opens in Moscow: 1,225 voting delegates and 736 with a voice only. The First Five-Year Plan, declared fulfilled a year ago, is hailed; the oppositions are beaten. Speaker after speaker praises Stalin, Zinoviev and Kamenev among them, readmitted to the party in December; no one speaks of the famine.

The congress elects the new Central Committee by secret ballot: each voting delegate may strike out any name on the list. Stalin's name is on it, and so is yours. Lenin's Letter proposed moving him; in 1924 he stayed.

# record: disputed
Some later accounts say a group of delegates asked Sergei Kirov, the Leningrad party leader, to take Stalin's place. How far this went is disputed; Orlando Figes finds it unclear whether Kirov even knew.

# record: history
What do you do with your ballot?

* [Leave Stalin's name on your ballot #choice: victors.vote-for #arg: cult-of-personality #arg: terror-inside-party #actual]
    -> victors_vote_for
* [Strike out his name, in secret #choice: victors.strike #arg: testament #arg: democratic-centralism]
    -> victors_strike
* [Join the delegates who turn to Kirov, and ask him to stand #choice: victors.kirov #arg: testament #arg: democratic-centralism #arg: cult-of-personality]
    -> victors_kirov

= victors_vote_for
You drop your ballot in the box with every name left on it. It feels like nothing, as it is meant to. One crossed-out name, you tell yourself, would change nothing.
~ shift(standing, 5)
-> victors_count

= victors_strike
You strike out one name. No one sees. But ballots are counted by people, and you cannot know who else did the same, or who will one day want to find out.
~ shift(safety, -10)
~ oppose(1)
-> victors_count

= victors_kirov
~ course = "kirov"
~ set_world(65, 20, 60, 15, 75)
~ kirov_politburo()
# record: counterfactual
From here the story leaves the record.

Late at night you find Kirov with a handful of regional delegates. They want Stalin out of the Secretariat, as Lenin's Letter proposed, not a new line. Kirov hears them out, and says yes.

# sfx: gavel
Hundreds of ballots strike out Stalin's name, too many to hide. The new Central Committee elects Kirov General Secretary; Stalin keeps his Politburo seat, beside Molotov and Kaganovich.

# record: history
Kirov is no liberal: he has run Leningrad since 1926, sat on the Politburo as a candidate member from 1926 and as a full member since 1930, as Stalin's ally, and he backed collectivisation.

# record: counterfactual
# date: 1934-12-01
On this course Kirov has moved to Moscow: on 1 December 1934 he is not in Leningrad's Smolny.

# record: history
In real history Leonid Nikolaev shot him dead there that afternoon.

# record: disputed
Whether Nikolaev acted alone, or on Stalin's wish, is disputed.
-> kirov_course


=== victors_count ===
// The meters reach 1934 only after the ballot, so that they do not announce the congress's outcome.
~ history_year(1934)
# record: history
# date: 1934-02-10
# sfx: gavel
Stalin is elected with the rest. Officially, three delegates struck out his name.

# record: disputed
How many really did is disputed: over a hundred, some accounts say; at least 150, says Orlando Figes; 292 in one retelling. None is proved.

# record: history
# scene: poster
After the congress Stalin is styled simply "Secretary".

In his secret speech of 1956 Khrushchev will reveal what became of this congress: of the 1,966 delegates he counted (the congress's own figures add up to a few fewer), 1,108 will be arrested; of the 139 members and candidates of its Central Committee, 98 will be arrested and shot.

# date: 1934-12-01
# sfx: telegraph
On 1 December 1934 Leonid Nikolaev shoots Kirov dead in the Smolny, the party's Leningrad headquarters.
That day a decree introduces summary procedures for cases of "terrorism". On 29 December Nikolaev and thirteen others are shot.

~ history_year(1935)
# year: 1935
# date: 1935-01
Zinoviev and Kamenev, arrested after the murder, are tried in January 1935 as the "Moscow Centre": Zinoviev gets ten years, Kamenev five.

# record: disputed
Did Stalin have Kirov killed? Commissions under Khrushchev left the question open, and some of their members suspected him; the investigation of 1990 found that Nikolaev acted alone, though A. N. Yakovlev, who led the commission it reported to, disagreed. Robert Conquest and Amy Knight argue that Stalin was complicit. Matthew Lenoe and Oleg Khlevniuk, working from the archives, find no evidence that he ordered it.
-> great_terror
