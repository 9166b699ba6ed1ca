// Chapter 1924 (May): the Central Committee plenum before the 13th Congress and Lenin's Letter to the
// Congress (history.md D06, E15, E16). Decision `testament`. `testament.read-out` opens the
// collective course (story/OUTLINE.md); the other options stay on the historical course. If the
// player brought Trotsky back for the funeral (`trotsky_returned`), the plenum scene is counterfactual.

=== thirteenth_congress ===
~ history_year(1924)
# chapter: thirteenth-congress # year: 1924 # date: 1924-05 # record: history # scene: politburo
May 1924. After Lenin's death Krupskaya handed the party the papers she had kept, among them the Letter to the Congress and its addition of 4 January 1923. The 13th Congress opens in Moscow on 23 May. On its eve the Central Committee meets in plenum (the sources give 21 or 22 May) and hears Kamenev on the letter. Which passage stays with you?

* [What it says of Stalin and Trotsky]
    -> stalin_and_trotsky
* [The addition of 4 January]
    -> the_addition
* [What it says of everyone else]
    -> the_others

= stalin_and_trotsky
Lenin wrote that the relations between Stalin and Trotsky "make up the greater part of the danger of a split". Stalin, he wrote, "has unlimited authority concentrated in his hands", and he was "not sure whether he will always be capable of using that authority with sufficient caution". # doc: Lenin, "Letter to the Congress", 24 December 1922

Of Trotsky he noted an "excessive self-assurance". The warning is about two men, not one.
-> thirteenth_congress_vote

= the_addition
Then the lines everyone is waiting for, added on 4 January 1923:

"Stalin is too rude… I suggest that the comrades think about a way of removing Stalin from that post…" # doc: Lenin, "Letter to the Congress", addition of 4 January 1923

The post is General Secretary. Lenin called it "a detail which can assume decisive importance".
-> thirteenth_congress_vote

= the_others
No one in the room comes out of the letter whole. Trotsky's "excessive self-assurance"; the "October episode" of Zinoviev and Kamenev, who opposed the insurrection in 1917; criticisms of Bukharin and of Pyatakov. Each of them can find a sentence in it to use against the others.
-> thirteenth_congress_vote


=== thirteenth_congress_vote ===
# record: history
Stalin offers his resignation. Zinoviev and Kamenev talk the meeting out of accepting it: the party has just lost Lenin, they argue, and needs unity, not a quarrel over his papers. The proposal before the plenum is to read the letter to each delegation of the congress separately, not to the congress in open session.
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

You say that the letter was addressed to the congress, and that no plenum has the right to hold it back. Then you move that its proposal be put to a vote: Stalin to leave the post of General Secretary. {trotsky_returned: Trotsky speaks for your motion.} The plenum splits, and your motion carries by a handful of votes.

On the floor of the congress the delegates hear Lenin's words for themselves. Stalin offers his resignation again, and this time it is accepted. He keeps his seat in the Politburo. The Secretariat passes to a collective secretariat, several secretaries and no General Secretary, answering to the Politburo.
# scene: poster
You have given the party Lenin's warning, and you have made an enemy who does not forget.

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

The plenum refuses. Print Lenin's private judgement of his comrades, you are told, and the party's enemies abroad will feast on it. Then a motion of censure is put against you, for breaking ranks on the eve of a congress. It passes. Your name is in the minutes now, next to the word.
~ shift(standing, -10)
~ shift(safety, -10)
~ oppose(1)
-> thirteenth_congress_record


=== thirteenth_congress_record ===
# record: history
What will come: in September 1925, under pressure from the Politburo, Trotsky will deny in the journal Bolshevik that any "testament" exists. Max Eastman will publish the text in the United States in 1926. An edited version will go to the delegates of the 15th Congress in December 1927. In the Soviet Union the letter will be published only in 1956.
-> thirteenth_congress_end


=== thirteenth_congress_end ===
// The funeral episode is over: history has been rejoined, or the collective course has begun.
~ trotsky_returned = false
{ course == "collective":
    -> collective_one_country
}
-> one_country
