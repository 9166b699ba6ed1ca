// The Bukharin course, 1929–1938 (a counterfactual course, opened by `nep.right-majority` in
// chapters/1928-grain-crisis.ink): Kalinin and Voroshilov side with Bukharin, Rykov and Tomsky, the
// Right keeps its Politburo majority, and the NEP bends but survives. Three short chapters, each
// ending in a decision: `collectivisation` (1929–30), `famine` (1932–33), `terror` (1936–37); then
// endings/bukharin.ink. Everything invented runs under `record: counterfactual`; the real
// background (Tauger, Allen, Hitler, the real famine and trials) is marked history or disputed.
// No utopia: grain crises, rearmament and repression at a lower level than in real history.

// What the player chose on this course, read by the later chapters and by ending_bukharin.
// bukharin_tempo: the 1929–30 choice: "slow" (voluntary cooperatives), "plan" (the plan's pace),
// "fast" (the player crossed over to Stalin's all-out line and was outvoted); "none" before.
VAR bukharin_tempo = "none"
// bukharin_grain: the 1932–33 choice: "export" (kept exporting), "cut" (cut exports and opened the
// reserves), "import" (bought grain abroad); "none" before.
VAR bukharin_grain = "none"
// bukharin_trials: the 1936–37 choice: "hard" (trials as the hard-liners asked), "courts" (open
// courts), "refused" (no trials: the player lost and was sent away); "none" before.
VAR bukharin_trials = "none"

// The Politburo on this course: Lenin dead, Trotsky deported (January 1929, as in history),
// Zinoviev and Kamenev readmitted to the party but not to the Politburo; the Right and the
// waverers all members; Stalin a member (out of the Secretariat from 1930); Kirov a member from 1930.
=== function bukharin_politburo(year)
~ pb_lenin = "died"
~ pb_trotsky = "deported"
~ pb_stalin = "member"
~ pb_zinoviev = "out"
~ pb_kamenev = "out"
~ pb_bukharin = "member"
~ pb_molotov = "member"
~ pb_kalinin = "member"
~ pb_rykov = "member"
~ pb_tomsky = "member"
~ pb_voroshilov = "member"
~ pb_kirov = "absent"
{year >= 1930:
    ~ pb_kirov = "member"
}


=== bukharin_course ===
# chapter: bukharin-course
# year: 1929
# date: 1929-04
# record: counterfactual
# scene: politburo
~ set_world(60, 25, 40, 40, 45)
~ bukharin_politburo(1929)
April 1929, on a course history did not take. The Central Committee's plenum follows the Politburo's new majority, as it usually follows the Politburo. The "Right deviation" is not condemned. Stalin keeps his post as General Secretary, but he has lost the vote that mattered.

The state pays more for grain. Grain comes back to the market, and bread costs more in the towns; workers grumble that the peasants are being paid out of their wages. The Five-Year Plan is adopted in its lower, first variant, and the heavy-industry managers complain that the country is being left without the factories a war would need.

Now the question is the village itself. Stalin and Molotov, outvoted but not silent, press for all-out collectivisation in the grain regions and an end to the kulaks. Rykov proposes collective farms at the plan's own pace, about a fifth of farms by 1933, with tractors and credit instead of orders. Bukharin wants Lenin's cooperatives: voluntary and slow, built on fair prices and goods for the village, with industry growing only as fast as the countryside can feed it.

# record: disputed
Economists still argue over this road not taken. Robert C. Allen (Farm to Factory, 2003) argues that industry could have grown almost as fast had the five-year plans been carried out within the NEP, without collectivisation. Anton Cheremukhin, Mikhail Golosov, Sergei Guriev and Aleh Tsyvinski, in work published between 2013 and 2017, find that Stalin's path lowered welfare compared with an NEP-type alternative. Both rest on models and uncertain statistics, and both are disputed.

# record: counterfactual
Kalinin and Voroshilov came over because you asked them to. They are watching to see where you stand now.

* [Stand with Bukharin: voluntary cooperatives, higher grain prices, a slower industrial tempo #choice: collectivisation.voluntary #arg: nep-decades #arg: incentives-vs-terror]
    -> bukharin_slow
* [Back Rykov's middle course: collective farms at the plan's pace, with tractors and credit #choice: collectivisation.planned-pace #arg: nep-temporary #arg: incentives-vs-terror]
    -> bukharin_plan
* [Cross over to Stalin: all-out collectivisation and an end to the kulaks #choice: collectivisation.all-out #arg: terror-extended #arg: nep-temporary #actual]
    -> bukharin_fast

= bukharin_slow
Your vote, and the two you brought with you, carry it. Through 1930 the cooperatives grow slowly: credit societies, machine stations, cooperatives that market the grain. Few villages become collective farms. The towns pay more for bread, the shops are still short of boots and cloth, and factories begun under the old targets stand half-built.
~ bukharin_tempo = "slow"
~ shift(standing, 5)
~ shift(peasants, 15)
~ shift(industry, -5)
~ shift(stalin_power, -10)
~ shift(debate, 5)
-> bukharin_1930

= bukharin_plan
Rykov's middle course passes. Collective farms are formed where the tractors arrive; elsewhere peasants stay on their own land. But officials in a hurry still push, and in some districts "voluntary" means a meeting that does not end until the vote comes out right.
~ bukharin_tempo = "plan"
~ shift(standing, 5)
~ shift(peasants, 5)
~ shift(industry, 5)
~ shift(stalin_power, -5)
-> bukharin_1930

= bukharin_fast
You cross the floor. Kalinin and Voroshilov do not follow you, and the majority holds without you. But to keep Stalin's supporters inside the tent it gives them something: heavier taxes on "kulaks", and pressure for collective farms in the grain regions. The villages feel the concession. The Right remembers who crossed.
~ bukharin_tempo = "fast"
~ oppose(1)
~ shift(standing, -10)
~ shift(stalin_power, 5)
~ shift(repression, 5)
~ shift(peasants, -5)
-> bukharin_1930

= bukharin_1930
# year: 1930
At the party congress of 1930 the majority moves Stalin out of the Secretariat, which passes to several secretaries of equal rank. He keeps his seat in the Politburo.
~ bukharin_politburo(1930)

# record: history
In the real 1930 Stalin remained General Secretary, and about 1.8 million peasants were deported from their villages in 1930–31.
-> bukharin_famine


=== bukharin_famine ===
# chapter: bukharin-famine
# year: 1932
# date: 1932-08
# record: counterfactual
# scene: countryside
{
- bukharin_tempo == "slow":
    ~ set_world(40, 35, 30, 45, 50)
- bukharin_tempo == "plan":
    ~ set_world(45, 30, 35, 40, 55)
- else:
    ~ set_world(50, 25, 40, 35, 55)
}
~ bukharin_politburo(1932)
{
- bukharin_tempo == "slow":
    Summer 1932. Three years into the bent NEP, most peasants still farm their own land and sell to the state's cooperatives.
- bukharin_tempo == "plan":
    Summer 1932. Three years into the bent NEP, most peasants still farm their own land, though collective farms now stand wherever the tractors reached.
- else:
    Summer 1932. Three years into the bent NEP, most peasants still farm their own land, though the "kulak" tax has emptied some of the best farms.
}
Industry grows, more slowly than Stalin promised his plan would. Then the harvest fails.

# record: disputed
The real 1932 harvest was poor too. The historian Mark Tauger stresses that there was a real harvest failure; others put more of the weight on the state's procurements and on the upheaval of collectivisation. How much each mattered is disputed.

# record: counterfactual
Here the failure is smaller, but real. In parts of Ukraine and along the Volga the procurement plan cannot be met without taking the grain families need to eat and to sow. The towns and the army must be fed. Grain exports pay for the machines the plan buys abroad.

The Central Committee meets. The trade officials want the export contracts kept: break them, and foreign credit goes too. Bukharin wants exports cut, quotas lowered and the state's reserves opened in the hungry districts. Others propose buying grain abroad with the gold meant for machines.

Where do you stand?

* [Keep exporting grain to pay for the machines #choice: famine.keep-exporting #arg: famine-inheritance #arg: revolution-vs-state #actual]
    -> bukharin_export
* [Cut exports, lower the quotas in the hungry districts and open the reserves #choice: famine.cut-exports #arg: famine-inheritance #arg: incentives-vs-terror]
    -> bukharin_cut
* [Buy grain abroad, even at the cost of machines #choice: famine.import-grain #arg: famine-inheritance #arg: revolution-vs-state]
    -> bukharin_import

= bukharin_export
# year: 1933
The contracts are kept, and your vote is among those that keep them. Through the winter and spring of 1933 hunger settles on the districts that were stripped. People die of it: far fewer than in the real famine, but each of them died of a choice made in Moscow. No newspaper prints it. The machines arrive on time.
~ bukharin_grain = "export"
~ shift(peasants, -15)
~ shift(industry, 5)
~ shift(repression, 5)
-> bukharin_1933

= bukharin_cut
# year: 1933
Exports are cut to a trickle, the quotas lowered, the reserves opened. The winter is hungry in the districts that were hit, but the grain reaches most of them before the spring. Machines ordered abroad are cancelled and two new plants postponed. The hard-liners say the Right has chosen bread over guns, and they will say it again.
~ bukharin_grain = "cut"
~ shift(standing, -5)
~ shift(peasants, -5)
~ shift(industry, -5)
-> bukharin_1933

= bukharin_import
# year: 1933
Gold and credit go on grain from abroad. Foreign newspapers report that the Soviet Union is short of bread, and Stalin's supporters call it a humiliation before the capitalists. The ships arrive in spring, in time for many districts and too late for some. Machine imports fall.
~ bukharin_grain = "import"
~ shift(standing, -5)
~ shift(peasants, -10)
~ shift(industry, -5)
-> bukharin_1933

= bukharin_1933
# record: history
In real history there was no bent NEP. The famine of 1930–33, worst in 1932–33, killed about 5.7–8.7 million people across the USSR by the range reference works give; Stephen Kotkin gives 5–7 million. Estimates for Ukraine range from 2.6 to 5.0 million, and Kazakhstan lost 1.2–1.4 million by Kotkin's figure. Grain exports fell to about 1.7–1.8 million tonnes in 1932 and 1933 but did not stop, and the famine was publicly denied.

# record: disputed
Whether it was intended is disputed. Robert Conquest saw a deliberate "terror-famine", and many states recognise the Holodomor in Ukraine as genocide; R. W. Davies and Stephen Wheatcroft, and Kotkin, find ruthless policy but no conscious policy of starvation.
-> bukharin_terror


=== bukharin_terror ===
# chapter: bukharin-terror
# year: 1936
# record: history
# scene: politburo
~ set_world(stalin_power + 5, debate, repression + 5, peasants + 10, industry + 10)
~ bukharin_politburo(1936)
Hitler has ruled Germany since January 1933, and Germany is rearming.

# record: counterfactual
So, on this course, is the Soviet Union, more slowly than it really did and at a price. The lower plan left fewer factories to build tanks and aircraft, and the budget that pays higher prices for grain must now pay for an army as well. Voroshilov asks for more every quarter.

Fear makes a faction. Stalin and Molotov, never reconciled to the course, speak of enemies within: Zinoviev's and Kamenev's people, Trotsky's sympathisers, who would turn on the country when war came. The OGPU, never merged into an NKVD on this course, brings files: meetings, letters, a confession or two. It asks the Central Committee for trials. Bukharin hesitates; the Right's majority is no longer sure of itself.

# record: history
In real history Zinoviev and Kamenev were tried in Moscow in August 1936 and shot on 25 August; Tomsky, named at their trial, had shot himself on 22 August.

# record: counterfactual
Here they are alive, and the Central Committee must vote. Where do you stand?

* [Vote for the trials the hard-liners and the OGPU demand #choice: terror.hard-line #arg: terror-inside-party #arg: ban-motive #arg: terror-extended #actual]
    -> bukharin_hard
* [Insist on open courts, real evidence and no death sentences for opinions #choice: terror.open-courts #arg: terror-inside-party #arg: democratic-centralism #arg: motive-matters]
    -> bukharin_courts
* [Refuse any trials of former oppositionists #choice: terror.no-trials #arg: terror-inside-party #arg: ban-motive #arg: democratic-centralism]
    -> bukharin_refused

= bukharin_hard
# year: 1937
The trials are held in the spring of 1937. Zinoviev and Kamenev confess to what the OGPU has written for them and are sentenced to ten years; several thousand of their former supporters are arrested. No one is shot in this trial. But the OGPU has learned that the Central Committee will sign, and it comes back with a longer list.
~ bukharin_trials = "hard"
~ pb_zinoviev = "prison"
~ pb_kamenev = "prison"
~ shift(repression, 15)
~ shift(stalin_power, 10)
~ shift(debate, -10)
-> ending_bukharin

= bukharin_courts
# year: 1937
The cases go to open court, with defence lawyers and foreign journalists in the hall. Zinoviev withdraws his confession from the dock, and the charge of terrorism falls apart. Both men are acquitted of it, then expelled from the party once more for factional activity, under the ban of 1921. The head of the OGPU resigns. The hard-liners say you have disarmed the country before a war.
~ bukharin_trials = "courts"
~ pb_zinoviev = "expelled"
~ pb_kamenev = "expelled"
~ shift(standing, -5)
~ shift(safety, -5)
~ shift(repression, -5)
~ shift(debate, 5)
-> ending_bukharin

= bukharin_refused
# year: 1937
You argue that the ban on factions was made for a siege and has become a weapon against comrades. The vote goes against you. The trials are held as the OGPU scripted them, and Zinoviev and Kamenev get ten years. You are removed from the Central Committee and sent to a provincial post. On this course that is exile from power, not a death sentence.
~ bukharin_trials = "refused"
~ oppose(1)
~ pb_zinoviev = "prison"
~ pb_kamenev = "prison"
~ shift(standing, -15)
~ shift(safety, -10)
~ shift(repression, 15)
~ shift(stalin_power, 15)
~ shift(debate, -15)
-> ending_bukharin
