// Chapter 1932: the Ryutin platform (history.md D17, with Nadezhda Alliluyeva's death). Decision `ryutin`.
// Beats: the platform, the meeting and the arrest (history); the question put to you (a counterfactual
// framing: no record shows a vote of the leadership on Ryutin's punishment); one consequence per option;
// the aftermath every path shares (the sentence, the raid, the re-expulsion of Zinoviev and Kamenev,
// the legend of the Politburo vote as disputed, Alliluyeva's death), then on to the famine.

=== ryutin_affair ===
~ history_year(1932)
# chapter: ryutin-affair # year: 1932 # date: 1932-08 # record: history # scene: politburo
Summer 1932. Hunger is spreading through the grain regions, and in Moscow two documents pass from hand to hand among party members who trust each other, or hope they can.

Their author is Martemyan Ryutin, an Old Bolshevik and former Moscow party official: a long treatise, "Stalin and the Crisis of the Proletarian Dictatorship", and a shorter "Appeal to All Members of the VKP(b)", the All-Union Communist Party (Bolsheviks).

They say what no one says aloud. They call Stalin "the gravedigger of the Revolution" and demand his removal. They demand "peace with the peasants". They demand that everyone expelled from the party be taken back, Trotsky included. And the Appeal says that Stalin and his group will never give up power of their own will: they must be removed by force.

# date: 1932-08-21
On 21 August the group behind them, the Union of Marxist-Leninists, meets. Copies reach Zinoviev and Kamenev, readmitted to the party after their recantations, and Nikolai Uglanov, once a leader of the Right.

# date: 1932-09-23
# sfx: telegraph
On 23 September Ryutin is arrested.

You have read the Appeal. What it says of the villages matches the reports on your own desk.

# record: counterfactual
No record shows the leadership voting on Ryutin's fate. Here the story supposes that, before his sentence is settled, you are asked for your opinion, and that your answer will be remembered.

In 1921 the penalty for a faction was expulsion. Ryutin has written a platform, gathered a group and called for the leader's removal by force. What does the party owe a member who has done that?

* [Argue for the death penalty: a call to remove the leadership by force is treason #choice: ryutin.death #arg: terror-inside-party #arg: lenin-terror]
    -> ryutin_death
* [Support a long prison sentence, but not death #choice: ryutin.prison #arg: ban-motive #arg: terror-extended #actual]
    -> ryutin_prison
* [Argue that a platform is a matter for the party, not the police: expel him, but no trial #choice: ryutin.no-trial #arg: ban-motive #arg: terror-inside-party]
    -> ryutin_no_trial

= ryutin_death
A man who calls for the leadership to be removed by force, you say, is an enemy, and Lenin did not spare the revolution's enemies.

The ban of 1921 stopped at expulsion. You have asked for a party member's death for what he wrote and whom he met, and a line once moved does not stay where you left it.
~ shift(standing, 5)
~ shift(safety, -5)
-> ryutin_aftermath

= ryutin_prison
# record: history
You say that expulsion is no longer enough, and that death would be too much. It is the answer that matches the record: prison, not the firing squad. It is also years behind bars for writing a platform and meeting to discuss it.
~ shift(safety, 5)
-> ryutin_aftermath

= ryutin_no_trial
You remind them of 1921. The ban on factions punished a platform with expulsion, not with the OGPU, the political police. Ryutin is wrong, you say, but he wrote and talked; he did not shoot.

Nobody answers you. Someone writes down your name.
~ shift(standing, -10)
~ shift(safety, -10)
~ oppose(1)
-> ryutin_aftermath


=== ryutin_aftermath ===
# record: history
# date: 1932-10
# sfx: stamp
Ryutin is sentenced to ten years. On 15 October an OGPU raid finds the handwritten original of his treatise. Zinoviev and Kamenev, who had seen the platform and did not report it, are expelled from the party again and sent into exile.

# record: disputed
A story published abroad in 1936, Boris Nicolaevsky's "Letter of an Old Bolshevik", says that Stalin demanded Ryutin's death and that the Politburo, Kirov among them, refused. Historians who have worked in the Soviet archives (J. Arch Getty and Oleg Naumov, Oleg Khlevniuk) find no record of such a vote. Treat it as a rumour.

# record: history
Ryutin will not live out his ten years: he will be shot on 10 January 1937.

# date: 1932-11
On the night of 8–9 November 1932, Stalin's wife, Nadezhda Alliluyeva, takes her own life.
-> famine_1932
