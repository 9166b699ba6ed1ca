// Chapter 1932: the Ryutin platform (history.md D17, with Nadezhda Alliluyeva's death). Decision `ryutin`.
// Beats: the platform, the meeting and the arrest (history); the question put to you (a counterfactual
// framing: no record shows a vote of the leadership on Ryutin's punishment); one consequence per option;
// the aftermath every path shares (the sentence, the re-expulsion of Zinoviev and Kamenev,
// the legend of the Politburo vote as disputed, Alliluyeva's death), then on to the famine.

=== ryutin_affair ===
~ history_year(1932)
# chapter: ryutin-affair # year: 1932 # date: 1932-08 # record: history # scene: politburo
Summer 1932. Hunger spreads through the grain regions. In Moscow two documents pass secretly from hand to hand.

Their author is Martemyan Ryutin, a former Moscow party official: a long treatise, "Stalin and the Crisis of the Proletarian Dictatorship", and a short "Appeal to All Members" of the party.

They call Stalin "the gravedigger of the Revolution" and demand his removal, "peace with the peasants", and the return of everyone expelled from the party, Trotsky included. The Appeal adds that Stalin and his group will never give up power willingly: they must be removed by force.

# date: 1932-08-21
On 21 August the group behind them, the Union of Marxist-Leninists, meets. Copies reach Zinoviev, Kamenev and Nikolai Uglanov, once a leader of the Right.

# date: 1932-09-23
# sfx: telegraph
On 23 September Ryutin is arrested. You have read the Appeal: what it says of the villages matches the reports on your desk.

# record: counterfactual
No record shows the leadership voting on Ryutin's fate. Here the story supposes that you are asked, and that your answer will be remembered.

In 1921 a faction meant expulsion. Ryutin has written a platform, gathered a group and called for the leader's removal by force. What does the party owe him?

* [Argue for the death penalty: a call to remove the leadership by force is treason #choice: ryutin.death #arg: terror-inside-party #arg: lenin-terror]
    -> ryutin_death
* [Support a long prison sentence, but not death #choice: ryutin.prison #arg: ban-motive #arg: terror-extended #actual]
    -> ryutin_prison
* [Argue that a platform is a matter for the party, not the police: expel him, but no trial #choice: ryutin.no-trial #arg: ban-motive #arg: terror-inside-party]
    -> ryutin_no_trial

= ryutin_death
A call to remove the leadership by force is treason, you say, and Lenin did not spare the revolution's enemies.

But the ban of 1921 stopped at expulsion. You have asked for a member's death for what he wrote and whom he met, and a line once moved does not stay put.
~ shift(standing, 5)
~ shift(safety, -5)
-> ryutin_aftermath

= ryutin_prison
# record: counterfactual
Expulsion is no longer enough, you say, and death would be too much.

# record: history
It is the answer that matches the record: prison, not the firing squad. It is also years behind bars for writing a platform and meeting to discuss it.
~ shift(safety, 5)
-> ryutin_aftermath

= ryutin_no_trial
You remind them of 1921: the ban on factions punished a platform with expulsion, not with the OGPU, the political police. Ryutin wrote and talked, you say; he did not shoot.

Nobody answers you. Someone writes down your name.
~ shift(standing, -10)
~ shift(safety, -10)
~ oppose(1)
-> ryutin_aftermath


=== ryutin_aftermath ===
# record: history
# date: 1932-10
# sfx: stamp
Ryutin is sentenced to ten years. Zinoviev and Kamenev, who saw the platform and did not report it, are expelled again and exiled.

# record: disputed
Boris Nicolaevsky's "Letter of an Old Bolshevik", published abroad in 1936, says that Stalin demanded Ryutin's death and the Politburo, Kirov among them, refused. Historians working in the Soviet archives (J. Arch Getty and Oleg Naumov, Oleg Khlevniuk) find no record of such a vote: treat it as a rumour.

# record: history
Ryutin will be shot on 10 January 1937.

# date: 1932-11
On the night of 8–9 November 1932, Stalin's wife, Nadezhda Alliluyeva, takes her own life.
-> famine_1932
