// Chapter 1926–27: the United Opposition and its expulsion (history.md D11). Beats: 1926, the bloc
// forms and loses its Politburo seats; 1927, the issues and the Platform, with a flavour beat (what you
// do with your copy); the joint plenum of 23 October 1927 and the `opposition` decision; one
// consequence per option; the shared aftermath (7 November, 14 November, the 15th Congress). Joining
// the Opposition (`oppositionist = true`) hands on to `in_exile`; the other options to `grain_crisis`.

=== united_opposition ===
~ history_year(1926)
# chapter: united-opposition # year: 1926 # record: history # date: 1926-04 # scene: politburo
Spring 1926. Around April the old enemies make peace: Trotsky, Zinoviev and Kamenev form the United Opposition. For a time Krupskaya is with them.

# date: 1926-07-23
At the joint plenum of the Central Committee and the Central Control Commission, 14–23 July 1926, Zinoviev is removed from the Politburo. Sergei Kirov, sent to Leningrad to run the party there in Zinoviev's place, becomes a candidate member.

# date: 1926-10-23
In October, after a public recantation by the Opposition's leaders, Trotsky is removed too, and Kamenev loses his candidate seat.

# year: 1927
In 1927 the quarrel runs on four fronts: faster industrialisation; the kulaks, the better-off peasants, whom the Opposition says the NEP is strengthening; China, where it attacks the Communist International's alliance with the Kuomintang; and a party regime of secretaries appointed from above.

# date: 1927-09
In September its leaders set it all down in the Platform of the Opposition. A copy reaches your desk.

* [Read it through #id: platform-pamphlet.read]
    -> read_platform
* [Burn it unread #id: platform-pamphlet.burn]
    -> burn_platform

= read_platform
You read it through the night. Some of it you have thought yourself. And you see what the majority sees: a platform with a group organised around it, the very thing the 1921 resolution forbade.
-> united_opposition_plenum

= burn_platform
You put it in the stove unread. A copy found in your desk would be an opinion of its own, and you can guess who would ask about it.
-> united_opposition_plenum


=== united_opposition_plenum ===
# record: history
# date: 1927-10-23
# sfx: bell
On 23 October 1927 the Central Committee and the Central Control Commission meet together, as point 7 of the 1921 resolution, secret when it was passed and published since 1924, foresaw for Central Committee members who form a faction. The motion is to expel Trotsky and Zinoviev from the Central Committee.

How do you vote?

* [Vote to expel them #choice: opposition.expel #arg: ban-motive #arg: ban-excuse #actual]
    -> voted_expel
* [Argue for a censure, not expulsion #choice: opposition.reprimand #arg: ban-motive #arg: democratic-centralism]
    -> voted_reprimand
* [Vote against, and sign the Opposition's Platform #choice: opposition.join #arg: ban-excuse #arg: democratic-centralism #arg: terror-inside-party]
    -> voted_join

= voted_expel
You raise your hand with the majority. # sfx: gavel

The motion passes. The resolution "On Party Unity", passed in the crisis of 1921, has become the rule under which Lenin's closest comrades are removed.
~ shift(standing, 5)
~ shift(safety, 5)
-> united_opposition_aftermath

= voted_reprimand
# record: counterfactual
You ask for the floor. This speech is yours, not history's.

The Opposition has broken discipline, you say, and deserves a censure. But a party that expels Trotsky and Zinoviev for arguing will not stop with them. Someone at the back laughs. Your speech is noted.

# record: history
# sfx: gavel
The motion passed as it was moved.
~ oppose(1)
~ shift(standing, -10)
~ shift(safety, -5)
-> united_opposition_aftermath

= voted_join
# record: counterfactual
You vote against, and the next day you put your name to the Platform. This step is yours, not history's.

From now on you are an oppositionist. Within a week the telephone in your flat has stopped ringing.
~ oppositionist = true
~ oppose(1)
~ shift(standing, -25)
~ shift(safety, -20)
-> united_opposition_aftermath


=== united_opposition_aftermath ===
# record: history
# date: 1927-11-07
On 7 November 1927, the tenth anniversary of the revolution, the Opposition holds its own counter-demonstrations.

# date: 1927-11-14
On 14 November (some sources say the 12th) Trotsky and Zinoviev are expelled from the party. # sfx: stamp

# date: 1927-12
The 15th Congress, from 2 to 19 December, expels all the Opposition's leading members, Kamenev and Christian Rakovsky among them. # scene: poster
// The world moves on to 1927's close only now, after the vote, so that the meters do not announce its outcome.
~ history_year(1927)

Within two years, as Sheila Fitzpatrick and other historians note, Stalin will take up the Opposition's own programme of rapid industrialisation; many add that his tempo went far beyond anything the Opposition had proposed.
{oppositionist:
    -> expelled
}
-> grain_crisis

= expelled
# record: counterfactual
Your name is on the congress's list with theirs. You are expelled from the party you joined in the underground, and in the new year an OGPU ruling sends you out of Moscow.
-> in_exile
