// Chapter 1929–30: the Great Turn, collectivisation and dekulakisation (history.md D14, D15).
// Beats: a short opening that differs for a readmitted oppositionist (`oppositionist`, who has
// recanted in chapters/1928-in-exile.ink); the turn of November–December 1929; the decision of
// January 1930 (`collectivisation`); one consequence per option; the year 1930 as it happened.
// No flavour choice here.

=== great_turn ===
# chapter: great-turn
# year: 1929
# date: 1929-11-07
# record: history
# scene: politburo
~ history_year(1929)
{oppositionist:
    -> great_turn_readmitted
}
-> great_turn_drive

= great_turn_readmitted
# record: counterfactual
You have recanted and been readmitted. Your post is invented: off the Central Committee, you check grain balances at Gosplan, the State Planning Commission, and keep your opinions to yourself.

# record: history
Stalin, historians such as Sheila Fitzpatrick note, has taken over much of the programme of rapid industrialisation you were expelled for.
-> great_turn_drive

= great_turn_drive
On 7 November 1929 Pravda prints Stalin's "The Year of the Great Turn", proclaiming a turn above all in the village. Pressed from Moscow, officials push whole villages into collective farms, though the First Five-Year Plan had foreseen only about a fifth of peasant farms collectivised by 1933.

# date: 1929-12-27
On 27 December, speaking to agrarian Marxists, Stalin announces the shift "to a policy of eliminating the kulaks as a class". The word kulak, a better-off peasant, has no clear boundary; it can be pinned on anyone who resists.

# year: 1930
# date: 1930-01
The Politburo is preparing a resolution on kulak households. {oppositionist: Your party cell will be asked to endorse the line, and a readmitted oppositionist is watched more closely than anyone.|As a member of the Central Committee you will be asked to stand behind it.} Bukharin, who would have argued, is gone from the Politburo.

Where do you stand?

* [Back all-out collectivisation and the "liquidation of the kulaks as a class" #choice: collectivisation.all-out #arg: terror-extended #arg: nep-temporary #arg: propaganda-mask #actual]
    -> great_turn_all_out
* [Argue for the plan's own pace: about a fifth of farms by 1933 #choice: collectivisation.planned-pace #arg: nep-temporary #arg: incentives-vs-terror]
    -> great_turn_planned_pace
* [Argue for voluntary cooperatives, as in Lenin's "On Cooperation" #choice: collectivisation.voluntary #arg: nep-decades #arg: incentives-vs-terror]
    -> great_turn_voluntary


=== great_turn_all_out ===
# sfx: stamp
You stand behind the line{oppositionist:, and your name is on your cell's resolution}. What it means in the villages you will see for yourself.
~ shift(standing, 5)
-> great_turn_1930


=== great_turn_planned_pace ===
# record: counterfactual
The argument is yours, not the record's. The plan itself, you say, asked for a fifth of farms by 1933, with tractors and credit to make them worth joining. Arrests will bring in the peasants' signatures, not their work.

You are told that doubting the plan's overfulfilment is a Right deviation. Your name goes on a list of the hesitant.
~ oppose(1)
~ shift(standing, -5)
~ shift(safety, -5)
{oppositionist:
    ~ shift(safety, -5)
}
-> great_turn_1930


=== great_turn_voluntary ===
# record: counterfactual
The argument is yours, not the record's. You quote Lenin: bringing everyone into cooperatives through the NEP would take an entire historical epoch, one or two decades. Let peasants join because they are better off, you say, not because the alternative is deportation.

The answer comes fast: Lenin is being carried out, not betrayed, and whoever says otherwise defends the kulak. {oppositionist: An oppositionist who recanted once, someone adds, can recant again.|You are asked to put your view in writing.}
~ oppose(1)
~ shift(standing, -10)
~ shift(safety, -10)
{oppositionist:
    ~ shift(safety, -5)
}
-> great_turn_1930


=== great_turn_1930 ===
# record: history
# date: 1930-01-30
# scene: countryside
On 30 January 1930 the Politburo sorts kulak households into three categories. "Counter-revolutionary activists", about 60,000 at first, are to be sent to camps or shot; 129,000 to 154,000 families are to be deported to "special settlements"; the rest resettled locally. By the end of September 1930, 284,000 people are arrested in the first category, by Nicolas Werth's count; about 1.8 million peasants are deported in 1930–31, by the OGPU's own count. The villages resist: Lynne Viola counts about 13,700 mass disturbances in 1930.

# date: 1930-03-02
On 2 March Pravda prints Stalin's "Dizzy with Success". It blames local officials for "excesses", and claims:

"It is a fact that by February 20 of this year 50 per cent of the peasant farms throughout the U.S.S.R. had been collectivised." # doc: Stalin, "Dizzy with Success", Pravda, 2 March 1930

Many peasants take it as leave to go: the collectivised share falls, by the historian R. W. Davies's figures, from 57.2% on 1 March to 21.9% on 1 August. Then the drive resumes; by 1936 about 90% of farming is collective.

# scene: poster
That year Gustav Klutsis's poster "Under the Banner of Lenin for Socialist Construction" presents Stalin as Lenin's rightful successor, his head half visible in Lenin's shadow. The essay's reading, Lenin's face as a mask with Stalin's behind it, is one interpretation.
~ history_year(1930)
-> ryutin_affair
