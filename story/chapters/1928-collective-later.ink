// The collective course, 1928–1938 (story/OUTLINE.md). It goes on from 1925-collective-course.ink:
// since May 1924 Stalin has been out of the Secretariat, a collective leadership keeps the NEP, and the
// 1921 ban on factions still stands. Three short chapters, each with a decision: the grain crisis of
// 1928 (`nep`), the poor harvest of 1932 (`famine`) and the police's demand for mass operations in
// 1936–37 (`terror`). Everything here is counterfactual except the real background facts, which run
// under `record: history` (history.md D12, D14, D16, D23). No utopia: the course stays a one-party
// state with a political police, and each choice costs something.

// What this course remembers of the player's votes. Set in this file; the ending (endings/collective.ink)
// reads collective_police_line.
VAR collective_grain_line = ""
// nep on this course: "emergency", "prices" or "loan"
VAR collective_famine_line = ""
// famine on this course: "exports", "quotas" or "relief"
VAR collective_police_line = ""
// terror on this course: "operations", "courts" or "refused"


=== collective_grain ===
~ set_world(25, 40, 30, 50, 40)
~ pb_lenin = "died"
~ pb_trotsky = "member"
~ pb_zinoviev = "member"
~ pb_kamenev = "member"
~ pb_stalin = "member"
~ pb_bukharin = "member"
~ pb_rykov = "member"
~ pb_tomsky = "member"
~ pb_molotov = "candidate"
~ pb_kalinin = "candidate"
~ pb_voroshilov = "candidate"
~ pb_kirov = "absent"
# chapter: collective-grain # year: 1928 # date: 1928-01 # record: counterfactual # scene: politburo
January 1928, on the course this story took in 1924. Stalin has been out of the Secretariat for more than three years. The Politburo decides together, slowly and often bitterly, and the ban on factions still stands.
{collective_critics == "expelled": The authors of the Left's platform of 1927 are out of the party, and those of their friends who remain choose their words with care.}
{collective_critics == "censured": The authors of the Left's platform of 1927 have lost their posts but kept their party cards, and they are watching.}
{collective_critics == "debated": The Left's platform that the congress rejected in 1927 is still argued over in the party's journals.}
~ collective_critics = ""

# record: counterfactual
This story supposes that the same crisis would have come to a different leadership; whether it would have is just what historians argue about.

# record: history
The grain crisis is real history. The harvest of 1927 was fair, but the state paid low prices for grain, the shops had little for a peasant to buy, and the war scare made people hoard. By January the state's purchases were far behind the year before.

# record: counterfactual
The same winter comes to this Politburo. The towns and the army must eat, and the machines for the new factories are paid for with grain sold abroad.

Rykov and Bukharin argue for the market, as they really did: pay more for grain and send more goods to the villages, and the peasants will sell. The Left's argument of 1927 comes back: the richer peasants are holding the towns to ransom, so let the state take a compulsory grain loan from the richest households, and from them alone. Stalin argues for what he really did argue that winter: emergency measures, with grain confiscated under Article 107 of the Criminal Code, which punishes speculation, and officials sent out to the grain regions to collect it.

The vote is close. Yours counts.

* [Vote for emergency measures, for this winter only #choice: nep.extraordinary #arg: terror-extended #arg: nep-temporary #arg: famine-inheritance #actual]
    -> collective_grain_emergency
* [Raise the state's grain prices and send goods to the villages #choice: nep.prices #arg: nep-decades #arg: incentives-vs-terror]
    -> collective_grain_prices
* [Take a compulsory loan of grain from the richest households only #choice: nep.forced-loan #arg: nep-temporary #arg: incentives-vs-terror]
    -> collective_grain_loan

= collective_grain_emergency
The measures pass, and for one winter they work. Grain comes in, and so do reports of searches, seized stores and markets closed by the police. In the spring the peasants sow less, and "this winter only" begins to sound like a promise nobody meant.

# record: history
In the real 1928 these were the measures taken: a directive of 6 January allowed confiscation under Article 107, and Stalin left for Siberia on 15 January. By 1929 they had become the "Urals–Siberian method", and then collectivisation.
~ collective_grain_line = "emergency"
~ set_world(25, 35, 40, 35, 40)
-> collective_harvest

= collective_grain_prices
The state pays more. The grain comes in slowly, bread costs more in the towns, and two new factories are postponed. The Left says the party has surrendered to the kulak. The peasants, for now, go on selling.
~ collective_grain_line = "prices"
~ set_world(20, 40, 25, 60, 30)
-> collective_harvest

= collective_grain_loan
The loan is voted, and local officials must decide who is rich. They decide generously: a second cow, a hired hand at harvest, a tin roof. The grain comes in, and so does anger. The middle peasants learn that the line between them and the kulak is drawn by whoever holds the list.
~ collective_grain_line = "loan"
~ set_world(25, 35, 35, 40, 45)
-> collective_harvest


=== collective_harvest ===
{
- collective_grain_line == "emergency":
    ~ set_world(25, 35, 35, 40, 50)
- collective_grain_line == "prices":
    ~ set_world(20, 40, 25, 55, 45)
- else:
    ~ set_world(25, 35, 30, 45, 50)
}
~ pb_kirov = "candidate"
# chapter: collective-harvest # year: 1930 # record: counterfactual # scene: countryside
1930, on this course. There is no "Great Turn". No one proclaims the liquidation of the kulaks as a class, and no trains carry deported families east. Cooperatives grow as Lenin's "On Cooperation" imagined, slowly: credit societies, machine stations, collective farms that villages join because the tractors are there. By 1932 about one household in five is in a collective farm, roughly what the first Five-Year Plan had foreseen.
{collective_grain_line == "emergency": The emergency measures of 1928 never quite went away. Every winter the officials ask for them again, and the villages have learned to hide their grain.}
{collective_grain_line == "prices": Higher prices kept the grain coming, but the budget is thin, the towns queue for goods, and the Left calls it all a surrender.}
{collective_grain_line == "loan": The grain loan of 1928 has become a habit of every autumn, and in every village someone keeps the list of the rich.}
~ collective_grain_line = ""

# record: history
In the real 1930, by contrast, forced collectivisation drove the figure to 57.2% by 1 March (R. W. Davies's figures), and about 1.8 million peasants were deported in 1930–31.

# year: 1932
# record: counterfactual
On this course too, the harvest of 1932 is poor. By autumn the south is short of bread. The state has promised grain to foreign buyers, and the credits for imported machines fall due.

Some members say the contracts must be kept, or the country will never borrow again. Others say a state that exports grain while its villages go hungry has learned nothing since 1921.

* [Keep the export plan: the machines are ordered and the credits fall due #choice: famine.keep-exporting #arg: famine-inheritance #arg: incentives-vs-terror #actual]
    -> collective_harvest_exports
* [Cut the procurement quotas in the hungry regions and pay more for grain #choice: famine.cut-quotas #arg: incentives-vs-terror #arg: nep-decades]
    -> collective_harvest_quotas
* [Halt grain exports, open the state reserves and accept foreign help if it is needed #choice: famine.relief #arg: famine-inheritance #arg: motive-matters]
    -> collective_harvest_relief

= collective_harvest_exports
The ships sail. In the spring of 1933 hunger comes to villages in the south. There are no blacklists here and no ban on leaving, but people die, and the leadership argues for weeks over whether to let the newspapers say so.
~ collective_famine_line = "exports"
~ set_world(25, 35, 35, 35, 55)
-> collective_harvest_after

= collective_harvest_quotas
The hungry regions keep more of their grain. The towns get less, rationing tightens, and the plan loses a year. Hunger still reaches some districts, but it is fought in the open.
~ collective_famine_line = "quotas"
~ set_world(20, 40, 25, 50, 45)
-> collective_harvest_after

= collective_harvest_relief
The exports stop. Foreign creditors are told to wait, and some refuse to lend again. Grain from the reserves reaches most of the hungry villages in the spring, though not all of them in time.
~ collective_famine_line = "relief"
~ set_world(20, 45, 25, 55, 40)
-> collective_harvest_after


=== collective_harvest_after ===
# record: history
# year: 1933
In the real 1932–33, with collectivisation forced and the grain taken, the famine of 1930–33 killed about 5.7 to 8.7 million people by the range reference works give, 5 to 7 million by Stephen Kotkin's estimate. Grain exports fell, but never stopped.
-> collective_police


=== collective_police ===
{
- collective_famine_line == "exports":
    ~ set_world(30, 30, 35, 45, 60)
- collective_famine_line == "quotas":
    ~ set_world(25, 35, 30, 55, 55)
- else:
    ~ set_world(20, 40, 25, 55, 50)
}
~ pb_kirov = "member"
~ pb_molotov = "member"
~ pb_kalinin = "member"
~ pb_voroshilov = "member"
~ collective_famine_line = ""
# chapter: collective-police # year: 1936 # record: counterfactual # scene: politburo
1936, on this course. The talk in Moscow is of war, in the west and in the Far East. The factories are fewer than the planners wanted; the villages are calmer than the real ones were. The party still rules alone, and its political police, still called the OGPU here, still answers to the Politburo.

In the autumn the OGPU brings the Politburo a request. With war coming, it says, the country's rear must be cleared of "former kulaks", criminals and "anti-Soviet elements". It asks for numbers for every region, for cases to be decided by troikas of three officials, with no court and no defence, and for some of the accused to be shot and the rest sent to camps.

Stalin argues, as he really argued in 1937, that the class struggle does not die down as socialism advances, but grows sharper. Others answer that a war needs a loyal country, and that quotas of the shot will not make one. The Politburo is split, and sends the question to a plenum of the Central Committee.

# year: 1937
You are in the hall when it votes.

* [Approve the operations and the regional numbers, for the sake of defence #choice: terror.approve-operations #arg: terror-extended #arg: lenin-terror #actual]
    -> collective_police_approve
* [Send the cases to the courts: no quotas and no troikas #choice: terror.courts-only #arg: terror-extended #arg: means-vs-aim]
    -> collective_police_courts
* [Refuse the operations and put the police under the procurator's watch #choice: terror.refuse #arg: totalitarian-embryo #arg: illegitimate-offspring]
    -> collective_police_refuse

= collective_police_approve
The plenum approves, narrowly, and your vote is among those that carry it. The orders go out by telegraph. Within weeks the regions ask for higher numbers, and get them. Nobody in the hall had to see a single face. # sfx: telegraph
~ collective_police_line = "operations"
~ set_world(35, 20, 70, 40, 60)
-> collective_police_after

= collective_police_courts
The plenum sends the cases to the courts. The courts convict most of the people the police bring them, and the police bring many. But there are lawyers, appeals and sentences short of death, and the numbers are not set in Moscow in advance.
~ collective_police_line = "courts"
~ set_world(25, 30, 45, 50, 55)
-> collective_police_after

= collective_police_refuse
The plenum refuses, by a handful of votes. The OGPU's chief resigns. Some of the army's men and some regional secretaries say the leadership has gone soft on the eve of war, and they remember who tipped the vote.
~ collective_police_line = "refused"
~ set_world(20, 40, 25, 55, 55)
-> collective_police_after


=== collective_police_after ===
# record: history
# date: 1937-07
In reality the leadership held no such contest. Order No. 00447, dated 30 July 1937, launched the mass operations: troikas, regional quotas, and quotas raised again and again. The historians Jansen and Petrov count over 767,000 people condemned under it, and about 387,000 shot.
-> ending_collective
