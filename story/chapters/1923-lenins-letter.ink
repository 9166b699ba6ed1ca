// Chapter 1922 (December)–1923: Lenin's "Letter to the Congress" and his last fight (history.md D06,
// D07; essay error E15: the letter saw the danger of a split in the relations between Stalin and
// Trotsky, and judged others too). No decision: one flavour choice (what you watch in the spring of
// 1923), which changes what the player sees, never the variables. Hands on to `lenins_funeral`.

=== lenins_letter ===
~ history_year(1922)
# chapter: lenins-letter
# year: 1922
# date: 1922-12
# record: history
# scene: politburo
Earlier that month, on 16 December, Lenin had a second stroke; on 18 December the Central Committee made Stalin personally responsible for his medical isolation. On 22 December Stalin abused Lenin's wife, Nadezhda Krupskaya, by telephone for taking down a letter Lenin had dictated. She asked Kamenev for protection.

# date: 1922-12-24
# sfx: typewriter
Between 23 and 26 December Lenin dictated a "Letter to the Congress", judging the men who might lead after him. On 24 December he came to Stalin and Trotsky:

"I think relations between them make up the greater part of the danger of a split… Comrade Stalin, having become Secretary-General, has unlimited authority concentrated in his hands, and I am not sure whether he will always be capable of using that authority with sufficient caution." # doc: Lenin, "Letter to the Congress", 24 December 1922

The letter spares no one: Trotsky's "excessive self-assurance", the "October episode" of Zinoviev and Kamenev, who had opposed the seizure of power in 1917, and faults in Bukharin and Pyatakov too.

# year: 1923
# date: 1923-01-04
On 4 January 1923 Lenin added:

"Stalin is too rude… I suggest that the comrades think about a way of removing Stalin from that post… it is not a detail, or it is a detail which can assume decisive importance." # doc: Lenin, "Letter to the Congress", addition of 4 January 1923

Krupskaya keeps the letter; by her later account, Lenin wanted it put before the first congress after his death. You know nothing of it.

# date: 1923-03-05
On 5 March Lenin writes to Stalin: withdraw what you said to Krupskaya and apologise, or "relations between us should be broken off". The same day he asks Trotsky to take up the Georgians' defence in the Central Committee. On 9–10 March a third stroke ends Lenin's political life.

# date: 1923-04
The Twelfth Congress sits from 17 to 25 April, without him. What do you watch?

* [Watch Trotsky #id: lenins-letter.watch-trotsky]
    -> lenins_letter_trotsky
* [Read Lenin's last articles instead #id: lenins-letter.last-articles]
    -> lenins_letter_articles

= lenins_letter_trotsky
You wait for Trotsky to take up the Georgian case, as Lenin asked. He does not press it.
-> lenins_letter_autumn

= lenins_letter_articles
In May Pravda prints "On Cooperation", where Lenin writes that bringing everyone into cooperatives through the NEP will take "an entire historical epoch… one or two decades", and universal literacy first.
-> lenins_letter_autumn


=== lenins_letter_autumn ===
~ history_year(1923)
# record: history
# date: 1923-10
In October the quarrel breaks the surface. On 8 October Trotsky writes to the Central Committee attacking the "bureaucratization of the party apparatus" and the "method of secretarial selection". On 15 October forty-six leading Communists send the Politburo the Declaration of 46, which attacks the "regime of factional dictatorship" that has grown up in the party since the Tenth Congress and asks, as a first step, for a conference of Central Committee members with leading party workers, dissenters included.

# record: disputed
Whether every word of Lenin's letter is his own is disputed. Most historians accept it as his; V. A. Sakharov doubts parts of it, and Stephen Kotkin, more cautiously, calls it a "dictation attributed to Lenin".
-> lenins_funeral
