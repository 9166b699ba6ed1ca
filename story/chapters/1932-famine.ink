// Chapter 1932–33: the famine (history.md D16, E13). Decision `famine`.
// Beats: the laws and decrees of 1932 (history); the January 1933 plenum and the question put to you
// (a counterfactual framing); one consequence per option, each saying what your stand cost you; then
// the aftermath every path shares: what happened anyway, the death tolls as ranges with their sources,
// the contrast with 1921 and the dispute over intent. No option saves anyone and none scores: the
// famine happens regardless.

=== famine_1932 ===
~ history_year(1932)
# chapter: famine # year: 1932 # date: 1932-11 # record: history # scene: countryside
Winter 1932. The grain is taken again, and this time there is not enough of it.

In June Ukraine's leaders asked Moscow to cut their grain quota. Since 7 August a law "on socialist property", the "law of spikelets", has made theft from collective farms punishable by shooting; people are prosecuted for gleaning ears of grain from the fields.

# date: 1932-11-20
On 20 November, after a party resolution of 18 November, Ukraine's government blacklists villages that fall behind with their deliveries: their shops are closed, their loans called in, their trade cut off. In the Kuban, in the North Caucasus, blacklisting began on 4 November.

# date: 1932-12-14
On 14 December Moscow orders Ukraine and the North Caucasus to finish their grain plans within weeks, blaming "counter-revolutionary elements" in the collective farms.
-> famine_plenum


=== famine_plenum ===
~ history_year(1933)
# year: 1933
# date: 1933-01
# record: history
# scene: politburo
On 11 January 1933 Stalin tells the Central Committee why the grain was so hard to collect:

"This was by no means due to the bad state of the harvest; for in 1932 our harvest was not worse, but better than in the preceding year." # doc: Stalin, "Work in the Countryside", speech at the joint plenum of the Central Committee and the Central Control Commission, 11 January 1933

# record: counterfactual
Here the story supposes you may ask for the floor. The line is set: collect the grain, never name the famine.

* [Vote with the majority for procurement, exports and silence #choice: famine.keep-exporting #arg: famine-inheritance #arg: incentives-vs-terror #arg: terror-extended #actual]
    -> famine_silence
* [Press for the quotas to be cut, as Ukraine's leaders asked in June #choice: famine.cut-quotas #arg: incentives-vs-terror #arg: motive-matters]
    -> famine_cut_quotas
* [Ask to halt exports, release the reserves and accept foreign relief, as in 1921 #choice: famine.relief #arg: famine-inheritance #arg: motive-matters]
    -> famine_relief

= famine_silence
You vote with the others. Nothing is asked of you but silence, and you give it. It costs you nothing that anyone can see, and changes nothing.

# record: history
Silence is what the majority kept.
-> famine_aftermath

= famine_cut_quotas
You say what Ukraine's leaders said in June: these quotas cannot be met without taking the seed and the food. The answer comes back hard: the peasants are hiding grain, and whose side are you on? Not one quota changes.
~ shift(standing, -5)
~ shift(safety, -5)
~ oppose(1)
-> famine_aftermath

= famine_relief
You ask for what was done in 1921: stop the exports, open the reserves, let the world help. To admit a famine, you are told, is to hand the capitalists a weapon. Nothing is halted, and your name is remembered.
~ shift(standing, -10)
~ shift(safety, -10)
~ oppose(1)
-> famine_aftermath


=== famine_aftermath ===
# record: history
# date: 1933-01-22
# scene: countryside
A directive of 22 January 1933 forbids peasants to leave Ukraine and the Kuban in search of bread. Grain exports, 4.8 million tonnes in 1930 and 5.2 million in 1931, fall to about 1.7–1.8 million in 1932 and in 1933, but never stop. In public, there is no famine.

Reference works put the deaths across the USSR in 1930–33 at about 5.7 to 8.7 million; Stephen Kotkin estimates 5 to 7 million. For Ukraine, estimates in the literature run from 2.6 to 5.0 million (Kotkin: about 3.5 million); in Kazakhstan, by Kotkin's count, 1.2 to 1.4 million died, the highest death rate of all. Each of them was a person with a name.

In 1921 the government ended requisitioning and accepted American aid. In 1932–33 it did neither: no foreign aid was accepted, and in January 1933 procurement gave way only to fixed compulsory deliveries, presented as a tax. Only from February 1933 did the Politburo lend seed and food grain to the famine regions.

# record: disputed
Whether the famine was intended is disputed. Robert Conquest called it a deliberate "terror-famine", Michael Ellman a "starvation policy"; many states recognise the Holodomor, the famine in Ukraine, as genocide. R. W. Davies and Stephen Wheatcroft find ruthless policy but no conscious policy of starvation, Kotkin calls it "not intentional", and Mark Tauger stresses that the 1932 harvest really failed. The quotas, the laws, the exports and the silence are not in dispute.
-> congress_of_victors
