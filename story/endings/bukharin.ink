// Ending of the Bukharin course (1938): what the country looks like where the Right kept its
// majority in 1929, and what became of the player, read from the choices made on this course
// (bukharin_grain and bukharin_trials, declared in chapters/1929-bukharin-course.ink). Then one
// paragraph of the real 1938 for contrast.

=== ending_bukharin ===
# chapter: ending-bukharin
# year: 1938
# record: counterfactual
# scene: politburo
~ set_world(stalin_power, debate, repression, peasants, industry + 5)
1938, on the course where the Right kept its majority. Bukharin and Rykov are alive and in office. The NEP has bent, and bent again, but it stands: most peasants still farm their own land and sell their grain, in bad years at a price the state has had to raise. The country has fewer factories than Stalin's plans would have built, and a smaller, less well-armed army, while Hitler's Germany rearms in the west.

{
- bukharin_grain == "export":
    The hunger of 1933 is never mentioned in the newspapers. The villages that were stripped for the export contracts remember it, and so do you.
- bukharin_grain == "cut":
    The hunger of 1933 was met with the state's reserves, and the factories that were postponed to pay for it are still being built.
- else:
    The grain bought abroad in 1933 came in time for many districts and too late for some. The machines it cost were never bought.
}

{
- bukharin_trials == "hard":
    The camps of the OGPU, still called that on this course, are fuller than they were in 1929, and Stalin's faction is stronger than at any time since then. You are still on the Central Committee. Your vote is on the sentences of 1937, and you know that the next list could carry your name.
- bukharin_trials == "courts":
    Zinoviev and Kamenev are alive, outside the party. The camps still hold the "kulaks" and "speculators" of every bad harvest, but no party comrade has been shot for an opinion. You are still on the Central Committee, distrusted by the OGPU, still called that on this course, and by the hard-liners, who are waiting for a war to prove them right.
- else:
    You write reports in a provincial town that no one in Moscow reads. The trials you voted against went ahead without you, and the men they sentenced are still in the camps. You are alive, and on this course that is not nothing.
}

# record: history
No such course existed. In the real 1938 Bukharin and Rykov were shot on 15 March, after the third Moscow trial. NKVD figures for 1937–38 count about 1.5 to 1.6 million people arrested and 681,692 shot; Michael Ellman estimates 950,000 to 1.2 million deaths from repression in those two years, deaths in custody included.

# record: counterfactual
What you have read since 1929 is a thought experiment: one way the NEP might have bent instead of breaking, not a promise that it would have. # ending: bukharin-nep
-> END
