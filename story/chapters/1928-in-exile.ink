// Chapter 1928–29, the oppositionist's line (history.md D11, D12): still the historical course, seen
// from exile. Beats: your arrival in a provincial town and the news of Trotsky's removal to Alma-Ata;
// the grain measures and Zinoviev and Kamenev's recantation; a flavour beat (how you spend the year);
// Trotsky's deportation in 1929; the extra `recant` decision. Recanting (`recanted = true`) hands on
// to `great_turn`; holding out to `ending_oppositionist`. The town, its office and your days there are
// the fictional player's own life; nothing is said of real people beyond the record.

=== in_exile ===
# chapter: in-exile # year: 1928 # record: history # date: 1928-01 # scene: politburo
January 1928. On 17–18 January Trotsky is carried out of his Moscow flat and sent to Alma-Ata, in Kazakhstan, near the Chinese border. Secret directives order "extraordinary measures" against those who hold back grain: since 6 January it can be confiscated under the criminal code, and on 15 January Stalin himself left for Siberia to see it done.

# record: counterfactual
Your exile, like you, is invented. The train takes three days. The town at the end of it has a market square, wooden houses and a room for you with a stove. Once a week you sign your name in the book of the OGPU, the political police, and you assume every letter you send is read first. You cannot decide whether the leadership is taking up the Opposition's programme, or something much harsher under its name.

# record: history
# date: 1928-06
Then comes the news you dreaded: Zinoviev and Kamenev have renounced the Opposition, and in 1928 the party takes them back.

How do you spend the year?

* [Keep writing to the other exiles #id: exile.keep-writing]
    -> keep_writing
* [Take work, and keep quiet #id: exile.keep-quiet]
    -> take_work

= keep_writing
# record: counterfactual
You write long letters to comrades in other towns, about the grain, the plan, the party. For months they answer. Then some stop: they have signed statements of their own and gone back. You keep their old letters in a box under the bed.
-> in_exile_offer

= take_work
# record: counterfactual
The district cooperative needs a bookkeeper, and you can count. Peasants come in to sell and to buy, and talk about prices, taxes and grain taken from a neighbour's barn. You write the figures in the ledger and nothing else.
-> in_exile_offer


=== in_exile_offer ===
// The meters reach 1928's close here; 1929's changes come only after the decision (great_turn).
~ history_year(1928)
# year: 1929
# date: 1929-01-18
# record: history
# sfx: telegraph
On 18 January 1929 an OGPU ruling orders Trotsky deported from the Soviet Union. It is served on him two days later, and in February he arrives in Turkey.

# date: 1929-02
Zinoviev and Kamenev found their way back by recanting. The same road is open to you: a statement to the Central Control Commission, renouncing the Opposition and its Platform, and a request to be readmitted to the party. The paper lies on your table.

What do you do?

* [Sign the statement and ask to be readmitted #choice: recant.recant #arg: ban-motive #arg: democratic-centralism #actual]
    -> signed
* [Refuse to sign #choice: recant.hold-out #arg: ban-motive #arg: terror-inside-party]
    -> held_out

= signed
You sign. It takes less than a minute, and you sit looking at your name for a long time afterwards.
~ recanted = true
~ shift(standing, 5)

# record: counterfactual
Months later the answer comes: you are readmitted. Your seat on the Central Committee is gone for good. You will be given work again, in a lesser post, and you will be watched.

# record: history
Recanting bought Zinoviev and Kamenev a few years. It did not save them: in October 1932 they will be expelled again; readmitted once more in December 1933, they will be arrested after Kirov's murder in December 1934, and in 1936 they will be shot.
-> great_turn

= held_out
You fold the paper and put it in the stove. You have been wrong about many things, but not, you think, about this: a party that makes its members confess to being wrong before they may speak again has stopped being a party of comrades.
~ oppose(1)
~ shift(safety, -10)

# record: counterfactual
The weekly signature becomes a daily one. In the spring your term of exile is extended, with no reason given.
-> ending_oppositionist
