// Endings of the historical course (1938), reached from chapters/1936-great-terror.ink. Each gives the
// player's own fate (invented, and labelled counterfactual) and the country in 1938 as the record has
// it (ending_history_country, a tunnel both endings pass through once). Neither ending is a victory:
// the survivor lives by luck and silence; the victim shares the fate of most of the Central Committee
// elected in 1934.

=== ending_history_survivor ===
~ history_year(1938)
# chapter: ending-history-survivor # year: 1938 # record: counterfactual # scene: politburo
1938. You are alive, and still on the Central Committee. Your fate here is invented; no one could have told you why you were spared.
{
- great_terror_vote == "postyshev":
    In Mikoyan's commission you asked for a trial without execution, then raised your hand with everyone else.
- great_terror_vote == "defend":
    In Mikoyan's commission you spoke for Bukharin and kept your hand down, and still no one came for you.
- else:
    In Mikoyan's commission you raised your hand with everyone else.
}
Since then you have signed what was put in front of you, and kept silent when friends were named as enemies.
-> ending_history_country ->
# record: counterfactual
Most of the people elected with you in 1934 are gone. Nothing you did earned your life, and nothing you did saved theirs. You will live with that. # ending: history-survivor
-> END

=== ending_history_victim ===
~ history_year(1938)
# chapter: ending-history-victim # year: 1938 # record: counterfactual # scene: politburo
1938. Your arrest is invented, but it was the fate of most of the Central Committee elected with you in 1934. They came at night, in the autumn of 1937. The investigators wanted a confession, and other names.
{oppositionist:
    Your letters from exile and your recantation were in the file.
}
{
- great_terror_vote == "defend":
    What you said for Bukharin in Mikoyan's commission was in the file.
- great_terror_vote == "postyshev":
    Your words for a trial without execution were in the file.
- else:
    Your vote in Mikoyan's commission was with everyone else's. It did not matter.
}
{
- luck == 1 || opposed >= 3 || oppositionist:
    In 1938 you are sentenced to death and shot.
- else:
    In 1938 you are sentenced to ten years in a labour camp in the far north. Many sent to the camps in these years never came back.
}
-> ending_history_country ->
# record: history
Of the 139 elected to the Central Committee in 1934, 98 were arrested and shot, as Khrushchev told it in 1956; later work counts them as repressed, most shot, some dead by their own hand before arrest. Each of them, and each of the people counted above, was a person with a name. # ending: history-victim
-> END

// The country in 1938, as the record has it; both endings pass through it once.
=== ending_history_country ===
# record: history
# scene: countryside
Since 1936 about nine-tenths of farming has been collective. The factories of the Five-Year Plans work, built at a terrible cost. The famine of 1930–33 killed about 5.7 to 8.7 million people, the range reference works give; Stephen Kotkin estimates 5 to 7 million.

# date: 1938-03-15
# scene: politburo
On 15 March 1938, after the third Moscow trial, Bukharin, Rykov and Yagoda are shot. For 1937–38 the NKVD's own figures count about 1.5 to 1.6 million people arrested and 681,692 shot. Memorial, counting state-security cases from October 1936 to November 1938, finds at least 1,710,000 arrested and 724,000 executed; Michael Ellman estimates 950,000 to 1.2 million deaths from repression in 1937–38, deaths in custody included.

Trotsky, in exile in Mexico, will be struck with an ice axe by an NKVD agent, Ramón Mercader, at Coyoacán on 20 August 1940, and die the next day.
->->
