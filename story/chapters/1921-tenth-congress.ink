// Chapter 1921: Kronstadt, the Tenth Congress and the ban on factions (history.md D01, D02).
// Beats: the opening (flavour: what you read first), the corridor (flavour: where you go), the vote
// (the `ban` decision), one consequence per option, then the aftermath shared by every path.
// Flavour choices change what the player sees, never the meters. Anything that did not happen
// (the player's divergent votes, imagined conversations) runs under `record: counterfactual`.

=== tenth_congress ===
# chapter: tenth-congress
# year: 1921
# date: 1921-03
# record: history
# scene: congress
March 1921. The Civil War against the Whites is all but won, and the republic it was fought for is hungry, cold and angry.

In the countryside the state still takes grain by requisition, the prodrazvyorstka: Moscow decides how much each province owes, and armed detachments collect it, often leaving families too little to eat or to sow. The peasants answer by sowing less and hiding what they can. In some provinces they answer with revolt.

On 1 March the sailors of Kronstadt, the naval fortress on an island in the Gulf of Finland that guards the sea road to Petrograd, rose against the government. Their demands are not those of a White general: freely re-elected soviets, a place for the anarchists and the other socialist parties, economic freedom for the peasants, and civil rights restored. On 5 March the government sent them an ultimatum. They have not given in.

# date: 1921-03-08
# sfx: bell
# music: murmur
On 8 March the Tenth Congress of the Russian Communist Party opens in Moscow: 694 delegates with a vote and 296 with a voice but no vote, speaking for 732,521 party members. Lenin declares the congress open, and one sentence of his opening speech sounds strange in a week like this one:

"Furthermore, comrades, this is the first congress that is meeting without any hostile troops, supported by the capitalists and imperialists of the world, on the territory of the Soviet Republic." # doc: Lenin, Speech at the Opening of the Tenth Congress of the R.C.P.(B.), 8 March 1921

You hold one of the voting cards. You sit on the Central Committee, a seat earned in the underground and in the Civil War, and before this congress is over you will have to decide what the party owes its own dissenters.

The folder on your knees holds three papers. Which do you read first?

* [The Kronstadt sailors' demands]
    -> read_demands
* [The reports on requisitioning]
    -> read_requisition
* [The proposal for a tax in kind]
    -> read_tax

= read_demands
You read the sailors' programme twice. New soviets, freely elected. A place in political life for the anarchists and for the socialist parties the Bolsheviks have pushed out of it. Economic freedom for the peasants. Civil rights given back.

Nothing in it asks for the Tsar. Much of it is written in the language of 1917, the party's own language, turned against the party.

The party's answer is that the Whites abroad are cheering the sailors on, ready to use any crack in Soviet power. You can believe both things at once: that the demands are socialist demands, and that the enemies of the revolution are watching Kronstadt with hope. What you cannot quite make yourself believe is that the sailors are Whites.
-> tenth_congress_corridor

= read_requisition
The reports are columns of figures under a heading that never changes: surplus appropriation. Quota set, quota delivered, shortfall. In the margins, the same story in different handwriting: a detachment arrived, the grain was taken, the village sowed less the next spring.

The logic is easy to follow and hard to live with. If everything above the family's bare needs is taken, a peasant has no reason to grow anything above them. So each year there is less to take, and each year it is taken harder.

What no report in this folder can tell you is what the coming summer will bring. Drought, on top of war and years of requisitioning, will turn this hunger along the Volga and in the Urals into the famine of 1921–22.
-> tenth_congress_corridor

= read_tax
The third paper is the history of an idea. In February 1920 Trotsky proposed replacing requisitioning with a tax in kind. His proposal won 4 votes out of 15. On 8 February 1921 Lenin put forward a similar plan, and now it is on the congress agenda.

The principle is simple. Instead of taking whatever the state calls surplus, it would take a fixed tax, paid in grain or other produce, and lighter than the requisition. Whatever is left belongs to the peasant: to eat, to keep, or to trade.

You turn the page back to the date: February 1920. You wonder what the year in between has cost the villages.
-> tenth_congress_corridor


=== tenth_congress_corridor ===
# date: 1921-03
# record: history
# sfx: telegraph
The news from Petrograd is bad. The first attack across the ice has failed, and everyone knows the ice will not last: once the gulf thaws, no army on foot can reach the fortress.

Trotsky signed the order to crush the rising. Tukhachevsky commands the assault; Zinoviev runs Petrograd. The congress answers in its own way: about 300 of its delegates leave the hall to join the assault on Kronstadt.

Those who stay go back to the argument that has filled the party all winter. It began as a quarrel about the trade unions and grew into a quarrel about the party itself. Every side has organised. Lenin's own supporters gathered behind the "Platform of Ten". The Workers' Opposition, led by Alexander Shlyapnikov and Alexandra Kollontai, wants the trade unions, the workers' own organisations, to manage industry instead of officials appointed from above. The Democratic Centralists protest that the party itself is now run by appointment from the centre rather than by election from below.

Each group has its platform, its speakers, its own discipline in the votes. The majority has a word for that: faction. Before the congress ends, every group formed around a platform will be ordered to dissolve.

Where do you go?

* [Walk with the volunteers to their train]
    -> to_the_train
* [Look for the Workers' Opposition delegates]
    -> workers_opposition
* [Look for the Democratic Centralists]
    -> democratic_centralists

= to_the_train
You walk out with them into the March cold. Some of them you know from the Civil War; some of them you argued with in the hall yesterday. Now they are going to Petrograd, and from Petrograd to the ice.

You have nothing to say that would not sound like a speech, so you say nothing.

As the train pulls out, you count the empty seats they will leave behind them. When the congress comes to vote on the unity of the party, these delegates will not be in the hall. Whatever is decided about who may argue, and how, will be decided without them.

You do not know how many of them will come back.
-> tenth_congress_vote

= workers_opposition
# record: counterfactual
This conversation is imagined: no record says you had it. What you hear is the case the Workers' Opposition made that winter.

Two metalworkers who back Shlyapnikov and Kollontai make room for you on a bench. Their argument is a simple one. The revolution was made by workers, yet the factories are run by managers and officials sent from above, and the party is filling up with people who have never stood at a bench. Let the unions, the workers' own organisations, run production. A workers' party, they say, should not be afraid of its own workers.

They know what is coming. They expect the congress to call their ideas a syndicalist deviation, and they know where the word comes from.

# record: history
In January Lenin had written in Pravda that the party's minor disagreements had grown into "syndicalism, which means a complete break with communism and an inevitable split in the Party if it is not healthy and strong enough to purge itself of the malaise." # doc: Lenin, "The Party Crisis", written 19 January 1921, Pravda, 21 January 1921
-> tenth_congress_vote

= democratic_centralists
# record: counterfactual
This conversation is imagined: no record says you had it. What you hear is the case the Democratic Centralists made.

A delegate of the group walks you down the corridor, talking fast. Their quarrel is not with discipline, he says. Their name means what it says: democracy and centralism, both. The trouble is that only the second half is left. Local committees that members elected are pushed aside by secretaries sent from the centre. Orders have replaced discussion, in the party and in the soviets alike.

He stops at the door of the hall. If a group can be expelled for having a platform, he asks, who will be left to tell the centre that it is wrong?

You have no answer ready. You are part of the centre.
-> tenth_congress_vote


=== tenth_congress_vote ===
# record: history
# date: 1921-03-15
On 15 March, after Lenin's report, the congress approves in principle the replacement of requisitioning by a tax in kind. {tenth_congress.read_tax: The idea that won 4 votes out of 15 a year ago is now the congress's decision.}

# date: 1921-03-16
On 16 March, the last day, Lenin moves the resolution "On Party Unity". It names the danger:

"certain signs of factionalism, i.e., of the appearance of groups with platforms of their own and with a will to close ranks to a certain extent and create their own group discipline." # doc: Resolution "On Party Unity", Tenth Congress of the RCP(b), 16 March 1921, point 2

Every group formed on a platform is to dissolve at once; failure to obey is to mean immediate, unconditional expulsion from the party. The resolution points to Kronstadt as proof of the danger: there, it says, the enemies of the revolution took up Soviet slogans to fight the Soviet government.

And there is a point 7, which is to stay secret. It allows the Central Committee to punish factional activity with any party penalty, up to expulsion, even among its own members. A member of the Central Committee can be reduced to a candidate member, or expelled from the party, if a joint meeting of the Central Committee, its candidate members and the Control Commission agrees by a two-thirds majority. You are a member of the Central Committee.

Lenin had sketched this clause around the opening of the congress, in notes for a meeting of his own supporters that were published only in 1959:

"threat of expulsion from the Party and transference from the C.C. to alternate membership ((by decision of C.C. + Control Commission + all alternate members + two-thirds??))" # doc: Lenin, Outline of a Speech at a Meeting of Supporters of the "Platform of Ten", not later than 9 March 1921 (Collected Works, vol. 42)

Ryazanov proposes an amendment that would go further: to forbid electing delegates to party congresses by platform at all. Lenin opposes it. He calls the amendment "excessive" and "impracticable", and he calls the ban itself temporary.

# record: disputed
How temporary Lenin meant the ban to be is argued over. Some historians take him at his word. Others point out that no end date was written into the resolution.

# record: history
The hall is thinner than it was a week ago. {tenth_congress_corridor.to_the_train: You think of the delegates you walked to the train.} {tenth_congress_corridor.workers_opposition: You think of the two metalworkers on their bench, and of their workers' party that should not fear its workers.} {tenth_congress_corridor.democratic_centralists: The question from the corridor is still in your head: who will be left to say the centre is wrong?} The resolution will pass whatever you do; one vote does not move a congress. But your vote will be seen, and remembered.

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

The resolution "On Party Unity" is adopted. Factions are banned: every group with its own platform and its own discipline must dissolve. Point 7 stays out of the published text. Ryazanov's amendment is not adopted, so delegates may still be elected to a congress on a platform. Lenin has called the ban temporary; the resolution sets no end date.

You voted for what the crisis seemed to demand. The fortress is still holding out on the ice, the villages are close to breaking, and a party that argues in public while it is under siege can look to its enemies like a party about to split. That is the case Lenin made, and you found it hard to answer.

And yet you saw the other side of it in the hall. The resolution speaks in the name of unity; its critics would say the word can be a pretext, a way to silence people whose only offence is to disagree in an organised way. Tonight you cannot tell which reading will turn out to be true. It may depend less on the words than on who holds them.

No one will hold this vote against you, not this year. But the rule you helped to make will outlast this congress. In November 1927, when Trotsky and Zinoviev are expelled from the party, the ban on factions will be used to justify it.

~ shift(debate, -15)
~ shift(stalin_power, 5)
~ shift(standing, 5)
~ shift(safety, 5)
-> tenth_congress_aftermath

= voted_time_limit
# record: counterfactual
You vote for the resolution, and then you ask for the floor. Here your story leaves the record: this speech is yours, not history's.

You say that the party is under siege, and that a ban on factions is a weapon for a siege. Then the resolution should say so: let the next congress decide whether the siege is over and the ban still needed. You say that point 7 should be a last resort, kept for those who really split the party, never used against comrades who merely disagree. And you remind the hall that Lenin himself has called the ban temporary.

Some delegates nod. Others write your name down. No amendment comes of it. You leave the hall trusted a little less by the majority, and a little more by people the majority does not trust.

# record: history
# sfx: gavel
What the congress actually did: it adopted the resolution as Lenin moved it, with point 7 kept secret, and it rejected Ryazanov's stricter amendment. Lenin called the ban temporary, but no time limit was written into the text. Whether it stayed temporary would depend on the people who held it next.

In October 1923 forty-six leading Communists will ask for the ban to be reviewed by a party conference.

~ shift(debate, -10)
~ shift(stalin_power, 3)
~ shift(standing, -2)
~ shift(safety, -5)
-> tenth_congress_aftermath

= voted_against
# record: counterfactual
You raise your card against. Here your story leaves the record: this vote is yours, not history's.

The majority votes the other way. You knew it would. Your reasons are your own, though the opposition groups would recognise them: a party that cannot argue cannot correct its mistakes, and a rule made for an emergency will still be there when the emergency is over. A ban on organised disagreement can always be explained as the defence of unity.

Afterwards, in the corridor, conversations stop when you come near. You are a member of the Central Committee who has voted against its leadership on the one question where the leadership asked for unity. Point 7 was written for members like you, even if it is never used against you.

# record: history
# sfx: gavel
What the congress actually did: it adopted the resolution "On Party Unity" as Lenin moved it. It also condemned the ideas of the Workers' Opposition as a "syndicalist and anarchist deviation". Every group with its own platform, theirs included, had to dissolve. Point 7 was kept out of the published text. Ryazanov's stricter amendment was rejected.

You tell yourself that expulsion is not arrest, and that the Cheka is for the party's enemies, not for its members. You are less sure than you were this morning that the line between the two will hold.

~ shift(debate, -12)
~ shift(stalin_power, 5)
~ shift(standing, -15)
~ shift(safety, -20)
-> tenth_congress_aftermath

= voted_permanent
# record: counterfactual
You stand with Ryazanov's amendment. Here your story leaves the record: the amendment was real, but your speech for it is yours, not history's.

Your argument is a hard one. A platform is a faction waiting to happen. If delegates may be elected to congresses by platform, every congress becomes a contest between organised groups, and the ban is only a word. Better, you say, to cut the thing at the root.

It is an argument the majority can follow, and one it chooses not to take. You notice that you have placed yourself on the hard side of Lenin, and that some of the people nodding at you are people you would not want to owe.

# record: history
# sfx: gavel
What the congress actually did: Lenin called Ryazanov's amendment "excessive" and "impracticable", and it was rejected. The resolution passed as Lenin moved it. Party members could still be elected to a congress on a platform, so the party kept, at least on paper, a way to put different policies before its congress.

The ban itself went through, with point 7 kept secret. Lenin called it temporary. The stricter reading you argued for lost in 1921; what the ban would become was left to the people who held it after him.

~ shift(debate, -25)
~ shift(stalin_power, 10)
~ shift(repression, 5)
~ shift(standing, -5)
~ shift(safety, 5)
-> tenth_congress_aftermath


=== tenth_congress_aftermath ===
# record: history
# date: 1921-03-18
The congress disperses. On the ice, the second assault succeeds: by 18 March the Kronstadt rising has been crushed.

The figures given in reference works are estimates, and they differ: about 1,000 rebels killed in the fighting and between 1,200 and 2,168 executed afterwards, while the attackers lost between 527 and 1,412 killed in the second assault alone, and more in the first. {tenth_congress_corridor.to_the_train: You think of the delegates you walked to the train, and do not know which of them came back.}
~ shift(repression, 10)

# date: 1921-03-21
# sfx: stamp
On 21 March a decree of the All-Russian Central Executive Committee, "On the Replacement of Prodrazvyorstka by Prodnalog", makes the tax in kind law. It is the beginning of what will be called the New Economic Policy, the NEP. Over the following months private trade and small private firms are allowed back, while the state keeps the "commanding heights": large industry, the banks and foreign trade. Lenin will later describe the result as "free market and capitalism, both subject to state control". By December he says the new policy is meant "seriously and for a long time", though "not for ever". It is meant to rebuild the bond between town and country, what the party will come to call the smychka.
~ shift(peasants, 15)

But the new policy cannot undo what has already been done. Drought, on top of years of war and requisitioning, turns the hunger along the Volga and in the Urals into famine. The famine of 1921–22 kills about 5 million people, the estimate that reference works usually give. Each of those millions was a person, with a name.

# record: disputed
How much of the blame belongs to requisitioning, and how much to drought and war, historians still argue.

# record: history
Foreign help had been refused before: in 1919 Lenin had turned down an offer from the American Relief Administration, the ARA, because of the conditions attached to it. In the summer of 1921 the writer Maxim Gorky, with the government's knowledge, appeals to the American people for help.
# date: 1921-08-20
On 20 August 1921, in Riga, an agreement with the ARA is signed at last. The ARA will go on to feed about 11 million people.
~ shift(peasants, -10)

In Moscow the party's own machinery keeps growing, in its Secretariat and its Orgburo. On 3 April 1922 the Central Committee will elect Stalin to a new post, General Secretary. That is for the next chapter.
-> general_secretary
