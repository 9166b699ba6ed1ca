// Chapter 1928–29: the grain crisis, the Right and the end of the NEP (history.md D12, D13).
// Beats: the crisis of January 1928 and the year that hardened around it; one flavour beat (what you
// read in January 1929, which changes only the text); the decision of March 1929 (`nep`); one
// consequence per option. `nep.right-majority` leaves the record and opens the Bukharin course
// (chapters/1929-bukharin-course.ink); the other two options stay on the historical course.

=== grain_crisis ===
# chapter: grain-crisis
# year: 1928
# date: 1928-01
# record: history
# scene: politburo
~ history_year(1928)
January 1928. The towns and the army are short of bread, though the 1927 harvest was fair. But state prices are low, the shops have little to sell and a war scare makes people hoard, so the peasants hold back: only about half the pre-war share of the harvest reaches the market.

# record: disputed
The leadership speaks of a shortage; many historians see mainly a crisis of prices and procurement. The diagnosis is disputed.

# record: history
# date: 1928-01-06
Instead of raising prices, the leadership turns to force. A Central Committee directive of 6 January allows grain to be confiscated under Article 107 of the Criminal Code, against speculation; on 15 January Stalin leaves for Siberia to drive the procurements. These "extraordinary measures" revive the methods of War Communism.

# date: 1928-02-13
On 13 February Stalin gives his figure:

"Hence, by January 1928, as compared with January 1927, we had a deficit, a shortage, of 128,000,000 poods." # doc: Stalin, "First Results of the Procurement Campaign and the Further Tasks of the Party", 13 February 1928

That is about 2 million tonnes. Bukharin, Rykov, the head of the government, and Tomsky, the head of the trade unions, at first accept the measures as a temporary emergency; by the plenums of April and July they warn that force will break the smychka, the bond between workers and peasants on which the NEP was built.

In July the plenum repudiates the extraordinary measures and raises the state's grain prices, a concession to the Right; by the winter coercion is back. That month Bukharin secretly visits Kamenev and confides his fear of Stalin. In December Stalin outmanoeuvres Tomsky at the Eighth Trade Union Congress.

# year: 1929
# date: 1929-01
January 1929. Which paper do you read first?

* [Kamenev's note of his talk with Bukharin #id: grain-papers.kamenev-note]
    -> grain_crisis_note
* [A report from a Siberian village #id: grain-papers.siberian-report]
    -> grain_crisis_village

= grain_crisis_note
Kamenev's note of that July talk has leaked. For Stalin's majority it proves a plot; for the Right, how little room is left to argue in the open.
-> grain_crisis_vote

= grain_crisis_village
# record: counterfactual
This report is invented; the method is real. An official reads the village assembly its quota; it must vote the quota through and name the "kulaks" who will not pay, to be fined several times over. Hands rise slowly.
-> grain_crisis_vote


=== grain_crisis_vote ===
# record: history
# date: 1929-03
By March Bukharin and Rykov argue openly that the NEP can be saved: pay more for grain, import some if need be, send goods to the village, and keep investment within what the harvest can pay for. Stalin's majority answers that the kulak is holding the country to ransom, and points to the method tried in the Urals and Siberia: assemblies vote their quotas, and "kulaks" who refuse are fined up to five times their quota, the pyatikratka.

In 1928 Kalinin and Voroshilov wavered, and with them the Right might have held a Politburo majority. But a joint session of the Politburo and the Control Commission's presidium, from 30 January to 9 February 1929, has already condemned Bukharin, Rykov and Tomsky over the talk with Kamenev. You can still argue, and lobby.

* [Back the extraordinary measures and the Urals–Siberian method #choice: nep.extraordinary #arg: nep-temporary #arg: terror-extended #actual]
    -> grain_crisis_extraordinary
* [Argue for the Bukharin–Rykov line: higher prices, imports, more goods for the village #choice: nep.prices #arg: nep-decades #arg: incentives-vs-terror]
    -> grain_crisis_prices
* [Work on Kalinin and Voroshilov to keep a Right majority #choice: nep.right-majority #arg: nep-decades #arg: incentives-vs-terror #arg: democratic-centralism]
    -> grain_crisis_right_majority


=== grain_crisis_extraordinary ===
# sfx: gavel
You stand with the majority. On 20 March 1929 the Politburo approves the Urals–Siberian method; in June it is given the force of law. The assemblies now vote with officials watching, and neighbours' hands name the households to be fined.
~ shift(standing, 5)
-> grain_crisis_outcome


=== grain_crisis_prices ===
# record: counterfactual
You argue the Right's case; the speech is yours, not the record's. Grain is short because the state will not pay for it, you say. Force will take this year's grain and lose next year's sowing. Several members write down your name.

# record: history
# sfx: gavel
On 20 March 1929 the Politburo approves the Urals–Siberian method; in June it is given the force of law.
~ oppose(1)
~ shift(standing, -10)
~ shift(safety, -5)
-> grain_crisis_outcome


=== grain_crisis_outcome ===
# record: history
# date: 1929-04
In April a joint plenum condemns the "Right deviation", and the Sixteenth Party Conference adopts the "optimal" variant of the First Five-Year Plan, which formally began the previous October. Tomsky loses the trade unions that year; in November Bukharin is removed from the Politburo.
~ history_year(1929)
-> great_turn


=== grain_crisis_right_majority ===
# record: counterfactual
From here your story leaves the record: what follows did not happen.

Through March you work on the two waverers: Kalinin, born a peasant, and Voroshilov, whose soldiers eat the grain peasants sell rather than hide. Neither is a Rightist; both fear a war with the countryside.

# sfx: gavel
On 20 March the Politburo votes, and Kalinin and Voroshilov side with Bukharin, Rykov and Tomsky. The Urals–Siberian method is rejected, the extraordinary measures are wound down, and the state will pay more for grain. Stalin stays General Secretary, outvoted.

# record: history
In reality the Politburo approved the Urals–Siberian method on 20 March 1929, and Bukharin lost his seat in November.
~ course = "bukharin"
-> bukharin_course
