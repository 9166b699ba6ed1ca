// The collective course's ending, 1938 (story/OUTLINE.md). Counterfactual: what 1938 looks like when
// Stalin was moved from the Secretariat in 1924 and a collective leadership kept the NEP, and what became
// of the player, by their vote on the police's demand in 1937 (collective_police_line, set in
// chapters/1928-collective-later.ink). Closes with the historians' dispute over such a course and the
// real 1938.

=== ending_collective ===
# chapter: ending-collective # year: 1938 # record: counterfactual # scene: poster
1938, on the course this story took in 1924, when Lenin's Letter was read to the whole congress and Stalin was moved from the Secretariat.

It is no utopia. The Soviet Union is still a one-party state. The ban on factions still stands, the newspapers print what the Politburo allows, and the political police still has its camps. Most peasants still farm their own land, with cooperatives among them. The factories are fewer than the real ones of 1938, and war is coming closer.

Zinoviev and Kamenev, whom the real 1936 put to death, sit in the Politburo, and so do Bukharin and Rykov, Tomsky and Trotsky. Stalin sits there too, one voice among several, and waits.

{
- collective_police_line == "operations":
    You are still on the Central Committee. The operations you voted for ran for more than a year before the leadership stopped them. No court will ever ask you about them. You know the numbers anyway.
- collective_police_line == "courts":
    You are still on the Central Committee, distrusted by the police and by their critics alike. The courts you sent the cases to filled the camps more slowly than troikas would have. Slower is not the same as just.
- else:
    At the next congress the friends of the police and of the army voted you off the Central Committee. You run a cooperative union in the provinces. You are alive, and so are people who would not have been.
}

# record: disputed
Could such a course have worked? Historians disagree. Robert C. Allen argues that an NEP-type economy could have industrialised almost as fast as Stalin's did; Cheremukhin, Golosov, Guriev and Tsyvinski argue that Stalin's path left people worse off than an NEP-type alternative would have. Historians of the continuity school, such as Richard Pipes, see Stalin's system as growing out of Lenin's one-party state, which this course has kept.

# record: history
In the history this story left in 1924, Bukharin and Rykov were shot on 15 March 1938. # ending: collective-nep
-> END
