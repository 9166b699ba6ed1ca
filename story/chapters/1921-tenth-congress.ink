// Chapter 1921: Kronstadt, the Tenth Congress and the ban on factions (history.md D01, D02).
// Beats: the opening, one flavour choice (where you go while the congress sits), the vote (the `ban`
// decision), one consequence per option, then the aftermath shared by every path. The flavour choice
// changes what the player sees, never the variables. On the historical course the vote moves only the
// player's standing and safety: world.ink sets the world. Anything that did not happen (the player's
// divergent votes, imagined conversations) runs under `record: counterfactual`.

=== tenth_congress ===
~ history_year(1921)
# chapter: tenth-congress
# year: 1921
# date: 1921-03
# record: history
# scene: congress
March 1921. The Civil War against the Whites is all but won, and the republic it was fought for is hungry, cold and angry.

In the countryside the state still takes grain by requisition, the prodrazvyorstka: armed detachments collect what Moscow says each province owes, often leaving families too little to eat or to sow. The peasants answer by sowing less. In some provinces they answer with revolt.

On 1 March the sailors of Kronstadt, the naval fortress that guards the sea road to Petrograd, rose against the government. Their demands are not those of a White general: freely re-elected soviets, a place for the anarchists and the other socialist parties, economic freedom for the peasants, and civil rights restored. On 5 March the government sent them an ultimatum. They have not given in.

# date: 1921-03-08
# sfx: bell
# music: murmur
On 8 March the Tenth Congress of the Russian Communist Party opens in Moscow: 694 delegates with a vote and 296 with a voice but no vote, speaking for 732,521 party members. Lenin declares the congress open, and one sentence of his opening speech sounds strange in a week like this one:

"Furthermore, comrades, this is the first congress that is meeting without any hostile troops, supported by the capitalists and imperialists of the world, on the territory of the Soviet Republic." # doc: Lenin, Speech at the Opening of the Tenth Congress of the R.C.P.(B.), 8 March 1921

You hold one of the voting cards, and a seat on the Central Committee earned in the underground and in the Civil War.

# sfx: telegraph
The news from Petrograd is bad: the first attack across the ice has failed. Trotsky signed the order to crush the rising, Tukhachevsky commands the assault and Zinoviev runs Petrograd. About 300 delegates leave the congress to join the assault.

Those who stay go back to the argument that has filled the party all winter. It began as a quarrel about the trade unions and grew into a quarrel about the party itself. Lenin's supporters gathered behind the "Platform of Ten". The Workers' Opposition, led by Alexander Shlyapnikov and Alexandra Kollontai, wants the trade unions to manage industry instead of officials appointed from above. The Democratic Centralists protest that the party is now run by appointment from the centre rather than by election from below. Each group has its platform and its own discipline in the votes. The majority has a word for that: faction.

Where do you go?

* [Walk with the volunteers to their train]
    -> to_the_train
* [Look for the Workers' Opposition delegates]
    -> workers_opposition
* [Look for the Democratic Centralists]
    -> democratic_centralists

= to_the_train
You walk out with them into the March cold. Some of them you know from the Civil War; some of them you argued with in the hall yesterday. Now they are going to Petrograd, and from Petrograd to the ice. You have nothing to say that would not sound like a speech, so you say nothing.

As the train pulls out, you count the empty seats they will leave behind them. Whatever is decided about who may argue, and how, will be decided without them. You do not know how many of them will come back.
-> tenth_congress_vote

= workers_opposition
# record: counterfactual
This conversation is imagined: no record says you had it. What you hear is the case the Workers' Opposition made that winter.

Two metalworkers who back Shlyapnikov and Kollontai make room for you on a bench. The revolution was made by workers, they say, yet the factories are run by officials sent from above, and the party is filling up with people who have never stood at a bench. A workers' party should not be afraid of its own workers. They expect the congress to call their ideas a syndicalist deviation, and they know where the word comes from.

# record: history
In January Lenin had written in Pravda that the party's minor disagreements had grown into "syndicalism, which means a complete break with communism and an inevitable split in the Party if it is not healthy and strong enough to purge itself of the malaise." # doc: Lenin, "The Party Crisis", written 19 January 1921, Pravda, 21 January 1921
-> tenth_congress_vote

= democratic_centralists
# record: counterfactual
This conversation is imagined: no record says you had it. What you hear is the case the Democratic Centralists made.

A delegate of the group walks you down the corridor, talking fast. Their quarrel is not with discipline, he says: their name means democracy and centralism, both. The trouble is that only the second half is left. Committees that members elected are pushed aside by secretaries sent from the centre.

He stops at the door of the hall. If a group can be expelled for having a platform, he asks, who will be left to tell the centre that it is wrong?

You have no answer ready. You are part of the centre.
-> tenth_congress_vote


=== tenth_congress_vote ===
# record: history
# date: 1921-03-16
On 16 March, the last day, Lenin moves the resolution "On Party Unity". Every group formed on a platform is to dissolve at once; failure to obey is to mean immediate, unconditional expulsion from the party. The resolution points to Kronstadt as proof of the danger: there, it says, the enemies of the revolution took up Soviet slogans to fight the Soviet government.

And there is a point 7, which is to stay secret. It allows the Central Committee to punish factional activity with any party penalty, up to expulsion, even among its own members, if a joint meeting of the Central Committee, its candidate members and the Control Commission agrees by a two-thirds majority. You are a member of the Central Committee.

Ryazanov proposes an amendment that would go further: to forbid electing delegates to party congresses by platform at all. Lenin opposes it. He calls the amendment "excessive" and "impracticable", and he calls the ban itself temporary.

# record: disputed
How temporary Lenin meant the ban to be is argued over. Some historians take him at his word. Others point out that no end date was written into the resolution.

# record: history
The resolution will pass whatever you do; one vote does not move a congress. But your vote will be seen, and remembered.

How do you vote?

* [Vote for the resolution as Lenin moved it #choice: ban.for #arg: ban-motive #arg: ban-excuse #arg: democratic-centralism #actual]
    -> voted_for
* [Vote for it, but argue openly that the ban must be temporary and point 7 a last resort #choice: ban.time-limit #arg: ban-motive #arg: democratic-centralism #arg: illegitimate-offspring]
    -> voted_time_limit
* [Vote against it, with the opposition groups it is aimed at #choice: ban.against #arg: ban-excuse #arg: totalitarian-embryo #arg: democratic-centralism]
    -> voted_against
* [Back Ryazanov's amendment: make the ban stricter, with no elections by platform #choice: ban.permanent #arg: consistent-harsh-line #arg: totalitarian-embryo #arg: democratic-centralism]
    -> voted_permanent

= voted_for
You raise your card with the majority. # sfx: gavel

# scene: poster
The resolution "On Party Unity" is adopted. Factions are banned, point 7 stays out of the published text, and Ryazanov's amendment is not adopted. Lenin has called the ban temporary; the resolution sets no end date.

You voted for what the crisis seemed to demand: a party that argues in public while it is under siege can look to its enemies like a party about to split. Its critics would say that "unity" can also be a pretext for silencing people whose only offence is to disagree in an organised way. Tonight you cannot tell which reading will turn out to be true. It may depend less on the words than on who holds them.

In November 1927, when Trotsky and Zinoviev are expelled from the party, the ban on factions will be used to justify it.
~ shift(standing, 5)
~ shift(safety, 5)
-> tenth_congress_aftermath

= voted_time_limit
# record: counterfactual
You vote for the resolution, and then you ask for the floor. Here your story leaves the record: this speech is yours, not history's.

You say that a ban on factions is a weapon for a siege, so the resolution should say so: let the next congress decide whether the siege is over. Point 7 should be a last resort, never used against comrades who merely disagree. Some delegates nod. Others write your name down. No amendment comes of it.

# record: history
# sfx: gavel
# scene: poster
What the congress actually did: it adopted the resolution as Lenin moved it, with point 7 kept secret, and it rejected Ryazanov's stricter amendment. No time limit was written into the text. In October 1923 forty-six leading Communists will ask for the ban to be reviewed by a party conference.
~ shift(standing, -5)
~ shift(safety, -5)
-> tenth_congress_aftermath

= voted_against
# record: counterfactual
You raise your card against. Here your story leaves the record: this vote is yours, not history's.

The majority votes the other way. You knew it would. A party that cannot argue cannot correct its mistakes, you believe, and a rule made for an emergency will still be there when the emergency is over. Afterwards, in the corridor, conversations stop when you come near. Point 7 was written for members like you.

# record: history
# sfx: gavel
# scene: poster
What the congress actually did: it adopted the resolution "On Party Unity" as Lenin moved it. It also condemned the ideas of the Workers' Opposition as a "syndicalist and anarchist deviation". Every group with its own platform had to dissolve. Point 7 was kept out of the published text, and Ryazanov's stricter amendment was rejected.
~ shift(standing, -15)
~ shift(safety, -20)
~ oppose(1)
-> tenth_congress_aftermath

= voted_permanent
# record: counterfactual
You stand with Ryazanov's amendment. Here your story leaves the record: the amendment was real, but your speech for it is yours, not history's.

A platform is a faction waiting to happen, you argue. If delegates may be elected by platform, every congress becomes a contest between organised groups, and the ban is only a word. It is an argument the majority can follow, and one it chooses not to take. Some of the people nodding at you are people you would not want to owe.

# record: history
# sfx: gavel
# scene: poster
What the congress actually did: the amendment was rejected, and the resolution passed as Lenin moved it, with point 7 kept secret. Delegates could still be elected to a congress on a platform, so the party kept, at least on paper, a way to put different policies before its congress.
~ shift(standing, -5)
~ shift(safety, 5)
-> tenth_congress_aftermath


=== tenth_congress_aftermath ===
# record: history
# date: 1921-03-18
The congress disperses. On the ice, the second assault succeeds: by 18 March the Kronstadt rising has been crushed. The figures are estimates, and they differ: about 1,000 rebels killed in the fighting and between 1,200 and 2,168 executed afterwards, while the attackers lost between 527 and 1,412 killed in the second assault alone.

# date: 1921-03-21
# sfx: stamp
On 21 March a decree makes the tax in kind law: instead of requisitioning, the state takes a fixed tax, and the peasant may keep or trade the rest. It is the beginning of the New Economic Policy, the NEP. Private trade and small private firms come back, while the state keeps the "commanding heights": large industry, the banks and foreign trade. By December Lenin says the policy is meant "seriously and for a long time", though "not for ever".

# scene: countryside
But the new policy cannot undo what has already been done. Drought, on top of years of war and requisitioning, turns the hunger along the Volga and in the Urals into famine. The famine of 1921–22 kills about 5 million people, the estimate that reference works usually give. Each of those millions was a person, with a name.

# record: disputed
How much of the blame belongs to requisitioning, and how much to drought and war, historians still argue.

# record: history
# date: 1921-08-20
In 1919 Lenin had refused an offer of help from the American Relief Administration, the ARA, because of its conditions. On 20 August 1921, in Riga, an agreement with the ARA is signed at last. It will feed about 11 million people.
-> general_secretary
