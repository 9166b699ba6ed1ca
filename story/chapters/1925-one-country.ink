// Chapter 1924–25: "socialism in one country", the break-up of the troika and the 14th Congress
// (history.md D09, D10 and E19). Beats: the autumn of 1924 and Stalin's formula; a flavour beat (which
// case you weigh first); 1925, the conference and the New Opposition; the 14th Congress and the
// `one-country` decision; one consequence per option; a shared close on what historians dispute.
// The flavour beat changes only what the player reads. The player's divergent votes and speeches are
// theirs, not history's, and run under `record: counterfactual`.

=== one_country ===
~ history_year(1924)
# chapter: one-country # year: 1924 # record: history # date: 1924-10 # scene: politburo
Autumn 1924. Trotsky's "The Lessons of October" reminds readers that in 1917 Zinoviev and Kamenev opposed the insurrection. A storm of articles against him follows.

# date: 1924-12
In December Stalin answers with an essay whose idea will be called "socialism in one country": the Soviet state can build socialism by its own efforts. Bukharin will give it its theory. But Stalin does not give up the world revolution:

"The victory of socialism in one country is not a self-sufficient task. The revolution which has been victorious in one country must regard itself not as a self-sufficient entity, but as an aid, as a means for hastening…" # doc: Stalin, "The October Revolution and the Tactics of the Russian Communists", December 1924

Which case do you weigh first?

* [The case that the revolution must spread #id: one-country-case.spread]
    -> must_spread
* [The case that it can be built at home #id: one-country-case.at-home]
    -> built_at_home

= must_spread
As the critics see it, Russia is poor, peasant and surrounded by capitalist states; the German revolution failed in 1923. Alone, a revolution may be crushed, or become a state that has forgotten why it was made. Does "one country" make a programme out of a defeat?
-> one_country_congress

= built_at_home
As the defenders see it, the revolution in Europe has not come, and from 1921 Lenin himself accepted a breathing space: coexistence abroad, the NEP at home. A goal the country can reach alone gives the party something to build, not something to wait for.
-> one_country_congress


=== one_country_congress ===
# year: 1925
# date: 1925-01
# record: history
In January 1925 Trotsky is removed as War Commissar.

# date: 1925-04-27
On 27 April the 14th Party Conference opens; it endorses socialism in one country.

# date: 1925-10
But the troika of Zinoviev, Kamenev and Stalin is breaking apart. In October Zinoviev, the party boss of Leningrad, forms the New Opposition with Kamenev, Lenin's widow Nadezhda Krupskaya and the Finance Commissar Grigory Sokolnikov. They call the doctrine a retreat from the world revolution.

# date: 1925-12-18
# sfx: bell
The 14th Congress meets from 18 to 31 December. Zinoviev gives a co-report against the Central Committee's. Kamenev attacks the "theory of a leader" and says openly that he has "come to the conviction that Comrade Stalin cannot perform the function of uniting the Bolshevik general staff". Trotsky sits in the hall and says nothing.

How do you vote?

* [Vote with the majority for Stalin and Bukharin's line #choice: one-country.support #arg: one-country-vs-world #arg: revolution-vs-state #actual]
    -> voted_support
* [Vote with Zinoviev and Kamenev's case for the world revolution #choice: one-country.new-opposition #arg: one-country-vs-world #arg: revolution-vs-state #arg: ban-motive]
    -> voted_new_opposition
* [Stand with Kamenev: say that Stalin must be removed #choice: one-country.remove-stalin #arg: testament #arg: democratic-centralism]
    -> voted_remove_stalin

= voted_support
You raise your card with the majority. # sfx: gavel

Stalin and Bukharin win. Zinoviev loses Leningrad; Kamenev is demoted to a candidate seat on the Politburo. The troika that shielded Stalin from Lenin's Letter in 1924 is finished. You noticed which side had the Secretariat behind it.
~ shift(standing, 5)
~ shift(safety, 5)
-> one_country_close

= voted_new_opposition
# record: counterfactual
You raise your card with Zinoviev's supporters. This vote is yours, not history's.

You are not sure Zinoviev is right about Europe. You are sure that a party where losing an argument costs a leader his post is becoming a different party. In the corridor a secretary writes in a notebook as you pass.

# record: history
# sfx: gavel
What the congress actually did: Stalin and Bukharin won. Zinoviev lost Leningrad and Kamenev was demoted.
~ oppose(1)
~ shift(standing, -10)
~ shift(safety, -5)
-> one_country_close

= voted_remove_stalin
# record: counterfactual
You ask for the floor after Kamenev. This speech is yours, not history's.

You remind the hall of the addition to Lenin's Letter, dated 4 January 1923, which asked the comrades to think about a way of removing Stalin from his post. Shouts drown out your last sentence.

# record: history
# sfx: gavel
What the congress actually did: Stalin and Bukharin won, and Stalin stayed General Secretary. Kamenev was demoted; Zinoviev lost Leningrad.
~ oppose(1)
~ shift(standing, -15)
~ shift(safety, -10)
-> one_country_close


=== one_country_close ===
// The world moves on to 1925's close only after the vote, so that the meters do not announce its outcome.
~ history_year(1925)
# record: history
The congress declares a course of industrialisation. # scene: poster

# record: disputed
Historians disagree whether "socialism in one country" broke with Lenin. It did not renounce the world revolution, and the Communist International carried on; the essay calls it a "sharp contrast" with Lenin's world revolution.

# record: history
Zinoviev and Kamenev now need an ally: the man they spent three years fighting.
-> united_opposition
