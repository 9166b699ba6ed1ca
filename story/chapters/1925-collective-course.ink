// The collective course, 1925–27 (COUNTERFACTUAL throughout, except the real background marked as
// history). Opened by `testament.read-out` (May 1924): the Letter to the Congress was read to the full
// 13th Congress and Stalin was moved from the Secretariat; a collective secretariat answers to a
// Politburo of Zinoviev, Kamenev, Bukharin, Rykov, Tomsky, Trotsky and Stalin. The 1921 ban on
// factions still stands and the OGPU still exists. Two chapters: this course's `one-country` (1925)
// and `opposition` (1926–27) decisions, each setting the course's world. Hands on to `collective_grain`.

// This course's answer to "socialism in one country" in 1925: "endorse", "world" or "open".
// Read by collective_opposition to set the world of 1926; reset when that chapter ends.
VAR collective_doctrine = ""
// What this leadership did with its critics in 1927: "expelled", "censured" or "debated".
// Kept for the later chapters of the collective course (1928-collective-later.ink) to read.
VAR collective_critics = ""

=== collective_one_country ===
~ set_world(25, 50, 30, 55, 30)
~ collective_early_politburo()
# chapter: collective-one-country # year: 1925 # date: 1925-04 # record: counterfactual # scene: politburo
April 1925, in the story your motion opened. For almost a year the party has had no General Secretary. A collective secretariat does the paperwork and answers to the Politburo: Zinoviev, Kamenev, Bukharin, Rykov, Tomsky, Trotsky, and Stalin, who kept his seat. The NEP holds. So does the ban on factions of 1921, and so does the OGPU.

# record: history
The argument is a real one. In real history Stalin formulated "socialism in one country" in December 1924, Bukharin supplied the theory, and the 14th Party Conference, which opened on 27 April 1925, endorsed it.

# record: counterfactual
Here the same question comes before the same conference, but no Secretariat has chosen the delegates. Bukharin makes the case: the revolution in Europe has ebbed since Germany in 1923, and the alliance of workers and peasants can carry the country to socialism at the peasant's pace, over decades if need be. Zinoviev, who heads the Communist International, and Trotsky answer that a backward peasant country cannot finish building socialism alone. Give up on the revolution abroad, they say, and the party will end up running a national state like any other.

# record: disputed
Whether the doctrine broke with Lenin is disputed. It did not renounce world revolution, the Comintern carried on, and from 1921 Lenin himself had accepted a breathing space beside the capitalist states.

# record: counterfactual
How do you vote?

* [Vote to endorse socialism in one country, with Bukharin #choice: one-country.endorse #arg: one-country-vs-world #arg: revolution-vs-state #arg: nep-decades #actual]
    -> endorse
* [Vote with Zinoviev and Trotsky: the revolution must spread #choice: one-country.world-revolution #arg: one-country-vs-world #arg: revolution-vs-state]
    -> world_revolution
* [Move that neither formula be made binding doctrine #choice: one-country.open-question #arg: one-country-vs-world #arg: democratic-centralism #arg: legacy-contested]
    -> open_question

= endorse
# record: counterfactual
# sfx: gavel
The conference endorses socialism in one country, as the real one did. Here the minority's speeches are printed in full, and Zinoviev keeps the Comintern and his grievance. Investment goes on at the NEP's pace, and the villages sell their grain.
~ collective_doctrine = "endorse"
~ set_world(25, 45, 30, 60, 30)
~ shift(standing, 5)
-> collective_one_country_after

= world_revolution
# record: counterfactual
# sfx: gavel
You vote with the minority and lose: the conference endorses the doctrine. But the vote is close enough to win the Left a price for its defeat: more money for the Comintern, and a faster programme for heavy industry, paid for by heavier taxes on the richer peasants. You are counted among the Left now.
~ collective_doctrine = "world"
~ set_world(25, 50, 30, 50, 35)
~ shift(standing, -5)
~ oppose(1)
-> collective_one_country_after

= open_question
# record: counterfactual
# sfx: gavel
Your motion carries. The conference resolves to build what the country's own strength allows and to keep faith with the revolution abroad, and it declines to make either formula a test of loyalty. Everyone claims to have won. The argument moves into the journals and the factory cells, and it grows louder there.
~ collective_doctrine = "open"
~ set_world(25, 55, 25, 55, 30)
-> collective_one_country_after


=== collective_one_country_after ===
# record: history
In reality Stalin and Bukharin won, and at the 14th Congress in December 1925 they defeated Zinoviev and Kamenev; Kamenev had called for Stalin's removal.
-> collective_opposition


=== collective_opposition ===
{
- collective_doctrine == "endorse":
    ~ set_world(25, 40, 30, 60, 35)
- collective_doctrine == "world":
    ~ set_world(25, 45, 35, 50, 40)
- else:
    ~ set_world(25, 50, 30, 55, 35)
}
~ collective_early_politburo()
# chapter: collective-opposition # year: 1926 # date: 1926-07 # record: history # scene: politburo
On 20 July 1926 Felix Dzerzhinsky, who headed the Cheka and then the OGPU, dies. The OGPU goes on without him.

# record: counterfactual
In this story the quarrel that splits the party comes from the left. {collective_doctrine == "endorse": The doctrine of one country stands, and the Left has never accepted it.} {collective_doctrine == "world": The Left's price for its defeat has not bought it peace: the factories it was promised are slow to rise.} {collective_doctrine == "open": The open argument of 1925 has hardened into two camps.} Preobrazhensky and Pyatakov, who signed the Declaration of the 46 in 1923, put their names to a platform: faster industrialisation, paid for by the richer peasants, and party secretaries elected by the members instead of appointed. They collect signatures and meet in private flats: under the resolution of 1921, a faction.

# year: 1927
# record: history
1927 brings a war scare, and by the autumn the state's grain collections are falling behind, though the harvest is fair.

# record: counterfactual
The OGPU reports the platform's meetings to the Politburo. Stalin argues that the ban is the ban. Trotsky is torn: these are his old allies. The Central Committee must decide what this leadership does with its critics.

* [Vote to expel the platform's leaders under the 1921 ban #choice: opposition.expel-left #arg: ban-motive #arg: ban-excuse #actual]
    -> expel_left
* [Censure them and remove them from their posts, but keep them in the party #choice: opposition.censure #arg: ban-motive #arg: democratic-centralism]
    -> censure
* [Move that their platform be printed and debated before the congress #choice: opposition.open-debate #arg: democratic-centralism #arg: ban-excuse]
    -> open_debate

= expel_left
# record: counterfactual
# sfx: stamp
The platform's leaders are expelled from the party. The OGPU sends several of them to provincial towns, where they are watched. The resolution of 1921 has been used against comrades by a leadership that came to power by reading Lenin's warning aloud. No one in the Politburo says so.
~ collective_critics = "expelled"
~ set_world(25, 30, 40, 55, 40)
~ shift(standing, 5)
-> collective_opposition_end

= censure
# record: counterfactual
# sfx: gavel
Your milder motion carries. The platform's leaders are censured and lose their posts, but they keep their party cards, and their supporters keep their jobs. The OGPU keeps its files on them all.
~ collective_critics = "censured"
~ set_world(25, 40, 35, 55, 40)
-> collective_opposition_end

= open_debate
# record: counterfactual
# sfx: gavel
Your motion carries by a few votes. The platform is printed in a discussion sheet before the congress, and the congress rejects it by a large majority. Its authors keep their cards. The ban on factions stays on the books, the OGPU keeps its files, and some of your colleagues keep a note of who moved the motion.
~ collective_critics = "debated"
~ set_world(25, 50, 30, 55, 40)
~ shift(standing, -5)
~ shift(safety, -5)
~ oppose(1)
-> collective_opposition_end


=== collective_opposition_end ===
# record: history
In reality the United Opposition of Trotsky, Zinoviev and Kamenev was defeated: Trotsky and Zinoviev were expelled from the party on 14 November 1927 (some sources say 12 November), and the 15th Congress expelled the other leading oppositionists in December.
~ collective_doctrine = ""
-> collective_grain


// Where the Politburo stands on this course in 1924–27: Lenin dead, Stalin a member without the
// Secretariat, the other six full members as the 13th Congress left them.
=== function collective_early_politburo()
~ pb_lenin = "died"
~ pb_trotsky = "member"
~ pb_stalin = "member"
~ pb_zinoviev = "member"
~ pb_kamenev = "member"
~ pb_bukharin = "member"
~ pb_rykov = "member"
~ pb_tomsky = "member"
~ pb_molotov = "candidate"
~ pb_kalinin = "candidate"
~ pb_voroshilov = "absent"
~ pb_kirov = "absent"
