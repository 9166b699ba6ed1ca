// Chapter 1924 (January): Lenin's death, his funeral and the answer sent to Trotsky (history.md D08,
// E17; the Lenin Enrolment from D07). Decision `funeral`. `funeral.wire-truth` opens a
// counterfactual episode: Trotsky comes back for the funeral. It rejoins history at the 13th Congress
// unless the player then opens the collective course (story/OUTLINE.md).

// Set by `funeral.wire-truth`: in this playthrough Trotsky turned back and spoke at Lenin's funeral.
// Read by the 13th Congress chapter (1924-thirteenth-congress.ink), which resets it when it ends.
VAR trotsky_returned = false

=== lenins_funeral ===
# chapter: lenins-funeral # year: 1924 # date: 1924-01-21 # record: history # scene: politburo
# sfx: telegraph
On 21 January 1924, at 18:50, Lenin dies at Gorki, outside Moscow. He was fifty-three.

One of his heirs is far away. Trotsky, ill with a fever, is travelling to Sukhumi on the Black Sea for treatment. That day, at Tiflis station, a decoded telegram from Stalin brings him the news. He calls the Kremlin on the direct wire and, as he later told it, is answered:

"The funeral will be on Saturday, you can't get back in time, and so we advise you to continue your treatment." # doc: Trotsky, My Life (1930), chapter 41, "The Death of Lenin and the Shift of Power"

# date: 1924-01-22
So he travels on. In Moscow the funeral is put back a day, to Sunday 27 January, so that delegations from across the country can arrive. The historian Bertrand Patenaude writes that no one told Trotsky.

The funeral is the first public scene of the succession: whoever stands by the coffin will be seen there, and whoever is missing will be remembered for it.

# record: counterfactual
Here the story invents something: that you know both the answer sent to Tiflis and the new date while a message could still turn Trotsky's train around.

* [Let the answer stand: it is not your wire to send #choice: funeral.as-told #arg: funeral #arg: cult-of-personality #arg: propaganda-mask #actual]
    -> as_told
* [Wire Trotsky the true date yourself #choice: funeral.wire-truth #arg: funeral #arg: testament]
    -> wire_truth
* [Ask the leadership to wait for him, or at least to tell him #choice: funeral.press-delay #arg: funeral #arg: cult-of-personality]
    -> press_delay

= as_told
# record: history
You say nothing, and no one asks you. Trotsky goes on to Sukhumi, as he really did.
-> lenins_funeral_rites

= wire_truth
# record: counterfactual
You wire Trotsky yourself: the funeral is on Sunday 27 January, and there is time. From here on, this is a story history did not tell.

He has a locomotive take his train north. Someone at the Kremlin learns who sent the wire. Nobody says anything to you; nobody needs to.
~ trotsky_returned = true
~ shift(standing, -10)
~ shift(safety, -5)
-> lenins_funeral_rites

= press_delay
# record: counterfactual
You ask the leadership to hold the funeral for Trotsky, or at least to tell him the new date. This request is invented: it is yours.

The answer is polite and final: the date is fixed, the delegations are on the trains, and Trotsky was told what he asked. Your concern is noted.
~ shift(standing, -5)
-> lenins_funeral_rites


=== lenins_funeral_rites ===
// The meters reach 1924 only after the decision, so that they do not announce what followed it.
~ history_year(1924)
# record: history
# date: 1924-01-26
On 26 January, at the Second All-Union Congress of Soviets, Stalin mourns Lenin in a string of vows:

"Departing from us, Comrade Lenin enjoined us to hold high and guard the purity of the great title of member of the party. We vow to you, Comrade Lenin, that we shall fulfill your behest with honor!" # doc: Stalin, "On the Death of Lenin", speech at the Second All-Union Congress of Soviets, 26 January 1924 (Pravda, 30 January 1924; translation as in Seventeen Moments in Soviet History)

The same congress renames Petrograd Leningrad.

# date: 1924-01-27
# scene: poster
On Sunday 27 January, in bitter frost, Lenin's coffin is laid in a makeshift mausoleum on Red Square.
{ trotsky_returned:
    -> trotsky_at_the_coffin
}
Trotsky is not there. He is in Sukhumi.
-> lenins_funeral_dispute

= trotsky_at_the_coffin
# record: counterfactual
In this story Trotsky stands by the coffin with Stalin, Zinoviev and Kamenev, and speaks. The speech is invented: he never gave one.
-> lenins_funeral_dispute


=== lenins_funeral_dispute ===
# record: disputed
Trotsky later wrote that he had been deceived about the date. That anyone meant to mislead him is his allegation: plausible but unproven, for the change may simply never have been passed on. His friend Max Eastman, an American writer, thought he could have gone north at once and did not want to. The essay you are studying states the deception as fact; historians treat it as an open question.

# record: history
# date: 1924-02
# sfx: stamp
From February to May the "Lenin Enrolment" brings about 240,000 new members into the party, people who knew neither the underground nor the old quarrels. Whose party will they think it is?
-> thirteenth_congress
