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
March 1921. The Civil War against the Whites is all but won, and the republic is hungry, cold and angry. Armed detachments still requisition grain, the prodrazvyorstka, often leaving peasants too little to eat or sow. The peasants answer by sowing less, and in some provinces by revolt.

On 1 March the sailors of Kronstadt, the naval fortress that guards Petrograd, rose against the government. Their demands are not a White general's: freely re-elected soviets, a place for the anarchists and the other socialist parties, economic freedom for the peasants, civil rights restored. They have defied the government's ultimatum of 5 March.

# date: 1921-03-08
# sfx: bell
# music: murmur
On 8 March the Tenth Congress of the Russian Communist Party opens in Moscow: 694 voting delegates and 296 with a voice but no vote, for 732,521 members. One sentence of Lenin's opening speech sounds strange now:

"Furthermore, comrades, this is the first congress that is meeting without any hostile troops, supported by the capitalists and imperialists of the world, on the territory of the Soviet Republic." # doc: Lenin, Speech at the Opening of the Tenth Congress of the R.C.P.(B.), 8 March 1921

You hold a voting card and a seat on the Central Committee.

# sfx: telegraph
The first attack across the ice has failed. Trotsky signed the order to crush the rising, Tukhachevsky commands the assault and Zinoviev runs Petrograd. About 300 delegates leave to join it.

The rest return to the winter's quarrel, which began over the trade unions and became one about the party itself. The Workers' Opposition of Alexander Shlyapnikov and Alexandra Kollontai wants the unions, not appointed officials, to manage industry. The Democratic Centralists protest that the party is run by appointment from the centre, not election from below. Each group has its own platform and its own discipline in the votes. The majority has a word for that: faction.

Where do you go?

* [Walk with the volunteers to their train #id: kronstadt.volunteers]
    -> to_the_train
* [Look for the Workers' Opposition delegates #id: kronstadt.workers-opposition]
    -> workers_opposition
* [Look for the Democratic Centralists #id: kronstadt.democratic-centralists]
    -> democratic_centralists

= to_the_train
# record: counterfactual
This walk is imagined; the volunteers and their train are not. You walk out with them into the cold. Some you know from the Civil War; some you argued with in the hall yesterday. You have nothing to say that would not sound like a speech, so you say nothing. Whatever is decided about who may argue, and how, will be decided without them.
-> tenth_congress_vote

= workers_opposition
# record: counterfactual
This conversation is imagined; what you hear is the case the Workers' Opposition made. Two metalworkers make room for you on a bench. Workers made the revolution, they say, yet officials sent from above run the factories. A workers' party should not be afraid of its own workers. They know the congress will call that a syndicalist deviation.

# record: history
In January Lenin had warned in Pravda:

"…from minor disagreements to syndicalism, which means a complete break with communism and an inevitable split in the Party…" # doc: Lenin, "The Party Crisis", Pravda, 21 January 1921
-> tenth_congress_vote

= democratic_centralists
# record: counterfactual
This conversation is imagined; what you hear is the case the Democratic Centralists made. A delegate walks you down the corridor, talking fast. Their name means democracy and centralism, he says, and only the second half is left: committees that members elected are pushed aside by secretaries sent from the centre. If a group can be expelled for having a platform, who will tell the centre that it is wrong?

You have no answer ready. You are part of the centre.
-> tenth_congress_vote


=== tenth_congress_vote ===
# record: history
# date: 1921-03-16
On 16 March, the last day, Lenin moves the resolution "On Party Unity". Every group formed on a platform must dissolve at once, on pain of immediate expulsion. Kronstadt, the resolution says, shows the enemies of the revolution taking up Soviet slogans to fight the Soviet government.

A secret point 7 lets the Central Committee punish factionalism with any party penalty up to expulsion, even for its own members if a joint meeting with its candidate members and the Control Commission agrees by two-thirds. You are one of those members.

Ryazanov moves to go further: no electing congress delegates by platform at all. Lenin calls the amendment "impracticable": this congress cannot bind the elections to the next one, and a question like the Brest peace might again need elections by platform.

# record: disputed
Was the ban meant to last? Some historians read Lenin's words as making it temporary; others point out that neither he nor the resolution set any limit.

# record: history
It will pass whatever you do, but your vote will be seen and remembered.

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
The resolution is adopted. Factions are banned, point 7 stays out of the published text, and Ryazanov's amendment falls.

You voted for what the siege seemed to demand: a party that quarrels in public can look to its enemies like a party about to split. Critics would say that "unity" can also silence people whose only offence is to disagree in an organised way. Which reading proves true may depend on who holds the words.

In November 1927 the ban will be used to justify expelling Trotsky and Zinoviev from the party.
~ shift(standing, 5)
~ shift(safety, 5)
-> tenth_congress_aftermath

= voted_time_limit
# record: counterfactual
You vote for it, then ask for the floor. Here your story leaves the record: this speech is yours.

A ban on factions is a weapon for a siege, you say: let the next congress decide whether the siege is over, and never use point 7 against comrades who merely disagree. Some delegates nod. Others write your name down.

# record: history
# sfx: gavel
# scene: poster
What the congress actually did: it adopted the resolution as Lenin moved it, point 7 kept secret, and rejected Ryazanov's amendment. No time limit was written in. In October 1923 forty-six leading Communists will protest against the "regime of factional dictatorship" that grew up after this congress.
~ shift(standing, -5)
~ shift(safety, -5)
-> tenth_congress_aftermath

= voted_against
# record: counterfactual
You raise your card against. Here your story leaves the record: this vote is yours.

A party that cannot argue cannot correct its mistakes, you believe, and a rule made for an emergency will outlive it. Afterwards, in the corridor, conversations stop when you come near. Point 7 was written for members like you.

# record: history
# sfx: gavel
# scene: poster
What the congress actually did: it adopted "On Party Unity" as Lenin moved it and condemned the Workers' Opposition's ideas as a "syndicalist and anarchist deviation". Every group with its own platform had to dissolve. Point 7 was kept secret; Ryazanov's amendment was rejected.
~ shift(standing, -15)
~ shift(safety, -20)
~ oppose(1)
-> tenth_congress_aftermath

= voted_permanent
# record: counterfactual
You stand with Ryazanov. Here your story leaves the record: the amendment was real; your speech for it is invented.

A platform is a faction waiting to happen, you argue: elect delegates by platform and every congress becomes a contest of organised groups. The majority declines the argument. Some of those nodding at you are people you would not want to owe.

# record: history
# sfx: gavel
# scene: poster
What the congress actually did: it rejected the amendment and passed the resolution as Lenin moved it, point 7 kept secret. Delegates could still be elected on a platform: on paper, rival policies could still come before a congress.
~ shift(standing, -5)
~ shift(safety, 5)
-> tenth_congress_aftermath


=== tenth_congress_aftermath ===
# record: history
# date: 1921-03-18
By 18 March a second assault across the ice has crushed the Kronstadt rising. The estimates differ: about 1,000 rebels killed in the fighting and 1,200 to 2,168 executed afterwards; the attackers lost 527 to 1,412 dead in the second assault alone.

# date: 1921-03-21
# sfx: stamp
On 21 March a decree replaces requisitioning with a fixed tax in kind; the peasant may keep or trade the rest. It is the start of the New Economic Policy, the NEP. Private trade and small firms come back, while the state keeps the "commanding heights": large industry, the banks and foreign trade. In December Lenin will say it is meant "seriously and for a long time", though "not for ever".

# scene: countryside
But drought, on top of years of war and requisitioning, turns hunger along the Volga and in the Urals into famine. The famine of 1921–22 kills about 5 million people, the estimate reference works usually give: each of them a person, with a name.

# record: disputed
How much of the blame belongs to requisitioning, and how much to drought and war, historians still argue.

# record: history
# date: 1921-08-20
In 1919 Lenin's government had turned down an American relief offer, the Hoover–Nansen plan, because of its political conditions. On 20 August 1921, in Riga, an agreement with the American Relief Administration is signed at last. It will feed about 11 million people.
-> general_secretary
