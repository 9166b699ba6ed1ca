// Chapter 1922 (August–December): autonomisation, the union of equal republics and the Georgian
// affair (history.md D05; essay error E18: this was the internal structure of the Soviet state, not
// foreign policy, and in Georgia itself the Stalin–Ordzhonikidze line won). Beats: the plan and
// Lenin's letter of 26 September, the plenum of 6 October (the `georgia` decision), one consequence
// per option, then Ordzhonikidze's blow, the treaty of 30 December and Lenin's notes of 30–31 December.

=== georgian_affair ===
~ history_year(1922)
# chapter: georgian-affair
# year: 1922
# date: 1922-09
# record: history
# scene: politburo
On paper the Soviet lands are not yet one state. Beside Soviet Russia, the RSFSR, stand other Soviet republics, Ukraine and Georgia among them, tied to Moscow by treaties of 1920–21 and, above all, through the party. What shape should their union take? The question is not foreign policy: it is what the Soviet state itself will be.

On 10 August the Politburo called for a commission, which the Orgburo formed the next day. Stalin drafted its plan, "autonomisation": the republics would join the RSFSR as autonomous units. Most of the republics' Central Committees did not support it; on 23–24 September the commission approved it anyway.

In Georgia the Bolsheviks Budu Mdivani and Filipp Makharadze are already fighting Stalin and Ordzhonikidze over the forced merger of their republic into a Transcaucasian Federation.

# date: 1922-09-26
# sfx: typewriter
Then Lenin reads the plan. On 26 September he writes to Kamenev for the Politburo:

"Stalin tends to be somewhat hasty." # doc: Lenin, Letter to L. B. Kamenev for Members of the Politbureau, 26 September 1922

Stalin, Lenin reports, has already conceded "formal unification" with the RSFSR in a new union, instead of entry into it:

"…we consider ourselves, the Ukrainian S.S.R. and others, equal, and enter with them, on an equal basis, into a new union, a new federation…" # doc: Lenin, Letter to L. B. Kamenev for Members of the Politbureau, 26 September 1922

# date: 1922-10-06
On 6 October the Central Committee meets to decide. The Georgians want more than Lenin's formula: Georgia a full member of the union in its own right.

Where do you stand?

* [Back Lenin's plan: a union of equal republics #choice: georgia.union #arg: georgia #arg: revolution-vs-state #actual]
    -> georgia_union
* [Back Stalin's first plan: the republics join Russia as autonomous units #choice: georgia.autonomisation #arg: georgia #arg: revolution-vs-state #arg: one-country-vs-world]
    -> georgia_autonomisation
* [Back Mdivani and Makharadze: Georgia a full union republic of its own #choice: georgia.georgians #arg: georgia #arg: one-country-vs-world]
    -> georgia_georgians

= georgia_union
You vote for the union of equals. # sfx: gavel

# scene: poster
The plenum adopts the union plan: a state in which no nation is master of the others, on paper. What that paper will be worth in Georgia is another question.
~ shift(standing, 5)
-> georgian_affair_after

= georgia_autonomisation
# record: counterfactual
You speak for Stalin's first plan. Here your story leaves the record: this speech is yours.

One state with one centre, you argue: a republic surrounded by enemies cannot be run by a committee of equals. A few heads nod.

# record: history
# sfx: gavel
# scene: poster
What the plenum actually did: it adopted Lenin's union plan, which Stalin himself had already accepted.
~ shift(standing, -5)
~ shift(safety, 5)
-> georgian_affair_after

= georgia_georgians
# record: counterfactual
You take the Georgians' side. Here your story leaves the record: this speech is yours.

If the union is truly one of equals, you say, let Georgia enter it as Georgia, not as a province of a federation drawn up in Moscow. Ordzhonikidze's people look at you as if you had changed sides in a war.

# record: history
# sfx: gavel
# scene: poster
What the plenum actually did: it adopted Lenin's union plan. The Transcaucasian Federation stayed, and Georgia got no place of its own in the union.
~ shift(standing, -10)
~ shift(safety, -5)
~ oppose(1)
-> georgian_affair_after


=== georgian_affair_after ===
# record: history
# date: 1922-12
That autumn (the sources disagree on the date) Ordzhonikidze strikes a Georgian comrade, Kabakhidze. A commission under Dzerzhinsky, head of the secret police, exonerates him. The moderate Georgian leadership has already resigned: in Georgia itself, the Stalin–Ordzhonikidze line has won.

# date: 1922-12-30
# scene: poster
On 30 December 1922 the First Congress of Soviets of the USSR approves the Declaration and Treaty creating the Union of Soviet Socialist Republics. Lenin has won the argument about its form. That day and the next he dictates notes, "The Question of Nationalities or 'Autonomisation'", attacking Great-Russian chauvinism and blaming himself for not stepping in harder.
-> lenins_letter
