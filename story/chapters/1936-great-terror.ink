// Chapter 1936–38: the Great Terror (history.md D20–D24). The first and second Moscow trials, the
// February–March plenum of 1937 and the decision `terror` in Mikoyan's commission (Stalin's proposal,
// adopted unanimously; Postyshev's trial without execution; speaking for Bukharin), then the mass
// operations and the player's fate. The fate is read from the record (`opposed`, `oppositionist`,
// `safety`) and from chance (`luck`, drawn here): luck 1 means arrest whatever the record, because loyalty
// protected no one (98 of the 139 elected in 1934 were arrested and shot); with luck 2 or 3 a
// record with little open opposition and enough safety survives. Surviving is never a reward.

// What the player did in Mikoyan's commission, read by endings/history.ink:
// "stalin-line", "postyshev" or "defend"; "none" before the plenum.
VAR great_terror_vote = "none"

=== great_terror ===
~ history_year(1936)
# chapter: great-terror # year: 1936 # date: 1936-08-19 # record: history # scene: politburo
August 1936. In Moscow sixteen defendants, Zinoviev and Kamenev among them, stand trial as the "Trotskyite-Zinovievite Terrorist Centre". All sixteen are sentenced to death and, on 25 August, shot. Tomsky, named at the trial, shot himself on 22 August.

# date: 1936-09-26
On 26 September Nikolai Yezhov replaces Genrikh Yagoda at the head of the NKVD, the political police.

# year: 1937
# date: 1937-01-23
In January 1937 a second trial, of seventeen defendants led by Pyatakov and Radek, ends with thirteen death sentences.

# date: 1937-02-23
# sfx: bell
On 23 February the Central Committee meets in plenum. Everyone has come for Bukharin and Rykov: both are charged, and Bukharin is on hunger strike. A commission of thirty-six, chaired by Anastas Mikoyan, hears three proposals. Yezhov's: expel them, try them, shoot them. Postyshev's, with others: a trial, but no execution. Stalin's: send them to the NKVD for further investigation.

# record: counterfactual
No record puts you on the commission; the story does. The three proposals are the record's.

* [Vote for Stalin's proposal: hand them to the NKVD #choice: terror.stalin-line #arg: terror-inside-party #arg: motive-matters #actual]
    -> great_terror_stalin_line
* [Back Postyshev: a trial, but no execution #choice: terror.postyshev #arg: terror-inside-party #arg: terror-extended]
    -> great_terror_postyshev
* [Speak for Bukharin, and refuse to vote #choice: terror.defend #arg: terror-inside-party #arg: democratic-centralism #arg: motive-matters]
    -> great_terror_defend

= great_terror_stalin_line
# record: counterfactual
You raise your hand for Stalin's proposal, and so does everyone else.

# record: history
The record says it was adopted unanimously. It sounds like the mildest of the three. It hands two men who once sat on the Politburo to the NKVD, whose chief has just asked for their deaths.
~ great_terror_vote = "stalin-line"
~ shift(standing, 5)
-> great_terror_operations

= great_terror_postyshev
# record: counterfactual
You speak for Postyshev's line: a trial, but no death sentence. Nobody answers; the faces around the table are already elsewhere.

# record: history
Stalin's proposal is adopted unanimously, so Postyshev votes for it too, and so, in the end, do you. Postyshev will be shot on 26 February 1939.
~ great_terror_vote = "postyshev"
~ shift(standing, -5)
~ shift(safety, -10)
~ oppose(1)
-> great_terror_operations

= great_terror_defend
# record: counterfactual
You have sat beside Bukharin on the Central Committee since 1921. You say you do not believe the charges, and keep your hand down. The proposal passes; the minutes, you suspect, will say unanimously.

# record: history
No one in the real commission did this; the record says unanimously.
~ great_terror_vote = "defend"
~ shift(standing, -15)
~ shift(safety, -20)
~ oppose(2)
-> great_terror_operations


=== great_terror_operations ===
// The meters reach 1937 only after the plenum's vote, so that they do not announce its outcome. (The
// Politburo table shows Bukharin and Rykov arrested from 27 February, by story/data/politburo.json.)
~ history_year(1937)
# record: history
# date: 1937-02-27
# sfx: stamp
On 27 February Bukharin and Rykov are expelled from the party and arrested. On 3 March Stalin calls it a "rotten theory" that the class struggle dies down as socialism advances.

# date: 1937-07-02
# sfx: telegraph
On 2 July a Politburo decision, wired to every regional party secretary, asks how many "kulaks" and "criminals" to shoot, and how many to exile, within five days.

# date: 1937-07-30
# sfx: typewriter
Order No. 00447, dated 30 July and signed by Yezhov, turns the answers into quotas: from 5 August troikas (the regional NKVD chief, party secretary and procurator) sentence people outside the courts. The first quotas: 75,950 to be shot and roughly 186,500 to 193,000 sent to the camps for eight to ten years. Regions ask for more and get it: the shooting quotas will rise about fivefold, the camp quotas about twofold. "National operations" against Germans, Poles and others run alongside.

Under Order 00447 alone, over 767,000 people will be condemned and about 387,000 shot, by the historians Jansen and Petrov's count; Roginsky and Petrov estimate about 820,000 condemned and 437,000 to 445,000 shot. The national operations will arrest about 350,000 people and shoot 247,157. A directive signed by Stalin will stop the operations on 17 November 1938.

In Moscow Stalin and his closest colleagues sign lists of names sent up by the NKVD; Molotov's signature is on many. At each plenum there are fewer faces you know. Whether your name is on a list depends on your record, and on chance. Loyalty guarantees nothing.
-> great_terror_fate


=== great_terror_fate ===
~ draw_luck()
{
- oppositionist || luck == 1:
    -> ending_history_victim
- opposed >= 3 || safety < 40:
    -> ending_history_victim
- luck == 2 && (opposed >= 2 || safety < 50):
    -> ending_history_victim
- else:
    -> ending_history_survivor
}
