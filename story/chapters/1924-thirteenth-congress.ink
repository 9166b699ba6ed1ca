// Chapter 1924 (May): the Central Committee plenum before the 13th Congress and Lenin's Letter to the
// Congress (history.md D06, E15, E16). Decision `testament`. `testament.read-out` opens the
// collective course (story/OUTLINE.md); the other options stay on the historical course. If the
// player brought Trotsky back for the funeral (`trotsky_returned`), the plenum scene is counterfactual.

=== thirteenth_congress ===
~ history_year(1924)
# chapter: thirteenth-congress # year: 1924 # date: 1924-05 # record: history # scene: politburo
May 1924. After Lenin's death Krupskaya handed over the papers she had kept, the Letter to the Congress among them. The 13th Congress opens in Moscow on 23 May; on its eve (the sources give 21 or 22 May) the Central Committee meets in plenum and hears Kamenev on the letter. Which passage stays with you?

* [What it says of Stalin and Trotsky #id: testament-read.stalin-trotsky]
    -> stalin_and_trotsky
* [The addition of 4 January #id: testament-read.addition]
    -> the_addition
* [What it says of everyone else #id: testament-read.everyone-else]
    -> the_others

= stalin_and_trotsky
Relations between Stalin and Trotsky, Lenin wrote, "make up the greater part of the danger of a split". Stalin had "unlimited authority concentrated in his hands"; Trotsky, "excessive self-assurance". The warning is about two men, not one, and both are in the room.
-> thirteenth_congress_vote

= the_addition
Then the lines everyone is waiting for, added on 4 January 1923:

"Stalin is too rude… I suggest that the comrades think about a way of removing Stalin from that post…" # doc: Lenin, "Letter to the Congress", addition of 4 January 1923

The post is General Secretary, and Stalin holds it.
-> thirteenth_congress_vote

= the_others
No one in the room comes out of the letter whole: Trotsky's "excessive self-assurance", the "October episode" of Zinoviev and Kamenev, faults in Bukharin and Pyatakov. Each can find a sentence in it to use against the others.
-> thirteenth_congress_vote


=== thirteenth_congress_vote ===
# record: history
Zinoviev and Kamenev assure the meeting that Lenin's fears about Stalin have proved groundless. The proposal before the plenum is to read the letter to each delegation separately, not to the congress in open session.
{ trotsky_returned:
    -> trotsky_speaks
}
Trotsky sits silent.
-> thirteenth_congress_choice

= trotsky_speaks
# record: counterfactual
In this story Trotsky, back since the funeral, breaks his silence: he asks that the letter be read to the full congress, to which it was addressed. In history he said nothing.
-> thirteenth_congress_choice


=== thirteenth_congress_choice ===
# record: history
How do you vote?

* [Vote to read the letter to the delegations separately #choice: testament.delegations #arg: testament #arg: lenin-made-stalin #actual]
    -> delegations
* [Move that it be read to the full congress, and that Stalin be moved from the Secretariat #choice: testament.read-out #arg: testament #arg: democratic-centralism #arg: lenin-made-stalin]
    -> read_out
* [Demand that Pravda publish it for the whole party #choice: testament.publish #arg: testament #arg: democratic-centralism]
    -> publish

= delegations
# record: history
# sfx: gavel
You vote with the majority. The letter is read to each delegation behind closed doors. The congress sits from 23 to 31 May, and Stalin remains General Secretary.
{ trotsky_returned:
    -> trotsky_rejoins
}
~ shift(standing, 5)
-> thirteenth_congress_record

= trotsky_rejoins
# record: counterfactual
Trotsky's request is voted down. He accepts the verdict, as a member bound by the party's discipline must.

# record: history
Here the story rejoins history, where Trotsky stayed silent.
~ shift(standing, 5)
-> thirteenth_congress_record

= read_out
# record: counterfactual
You ask for the floor. From here on, this is a story history did not tell.

The letter was addressed to the congress, you say, and no plenum may hold it back. You move that its proposal be put to a vote: Stalin to leave the post of General Secretary. {trotsky_returned: Trotsky speaks for your motion.} The plenum splits, and your motion carries by a handful of votes.

The delegates hear Lenin's words for themselves. Stalin offers his resignation, as in history he did after the congress, and this time it is accepted. He keeps his Politburo seat; several secretaries, with no General Secretary, now answer to the Politburo.
# scene: poster
You have given the party Lenin's warning, and made an enemy who does not forget.

# record: history
In reality the letter was read only to the delegations, and Stalin remained General Secretary.
~ course = "collective"
~ set_world(25, 50, 30, 50, 25)
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
~ shift(standing, 10)
~ shift(safety, -5)
-> thirteenth_congress_end

= publish
# record: counterfactual
You demand that Pravda print the letter: it belongs to the whole party, not to a plenum. This demand is invented: it is yours.

The plenum refuses: print Lenin's private judgement of his comrades, you are told, and the party's enemies abroad will feast on it. A motion censuring you for breaking ranks on the eve of a congress passes. Your name is in the minutes now, next to the word.
~ shift(standing, -10)
~ shift(safety, -10)
~ oppose(1)
-> thirteenth_congress_record


=== thirteenth_congress_record ===
# record: history
# date: 1924-06
At the first plenum after the congress, by his own account, Stalin offers his resignation; it is refused. The same plenum makes Bukharin a full member of the Politburo.

What will come: in September 1925, under pressure from the Politburo, Trotsky will deny in the journal Bolshevik that any "testament" exists. Max Eastman will publish the text in the United States in 1926. An edited version will go to the delegates of the 15th Congress in December 1927. In the Soviet Union the letter will be published only in 1956.
-> thirteenth_congress_end


=== thirteenth_congress_end ===
// The funeral episode is over: history has been rejoined, or the collective course has begun.
~ trotsky_returned = false
{ course == "collective":
    -> collective_one_country
}
-> one_country
