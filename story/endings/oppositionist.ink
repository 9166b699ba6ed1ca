// Ending: the oppositionist who would not recant (history.md D14, D16, D20–D24, Part 4). The country
// by 1938, the fates of real people as the record has them, then the player's own fate, which is
// invented and labelled so: `luck` 1 is death, 2 and 3 a labour camp. No fate here is a triumph.

=== ending_oppositionist ===
~ draw_luck()
~ history_year(1938)
# chapter: ending-oppositionist # year: 1938 # record: history # scene: poster
1938. You never signed, and the country went on without you.

From 1929 the peasants were driven into collective farms, and about 1.8 million of them were deported as "kulaks" in 1930–31. # scene: countryside
The famine that followed, at its worst in 1932–33, killed between about 5.7 and 8.7 million people across the Soviet Union, the range that encyclopaedia summaries of the research give; the historian Stephen Kotkin puts it at 5 to 7 million.

# record: disputed
Whether the famine was intended is disputed. Robert Conquest saw a deliberate "terror-famine", and many states recognise the Holodomor in Ukraine as genocide; R. W. Davies and Stephen Wheatcroft find a ruthless policy but no conscious plan to starve.

# record: history
Then the party turned on itself. At the first Moscow trial Zinoviev and Kamenev were sentenced to death, and on 25 August 1936 they were shot. Bukharin and Rykov were shot after the third trial, on 15 March 1938. By the NKVD's own figures, about 1.5 to 1.6 million people were arrested in 1937–38 and 681,692 of them shot. Of the forty-six Communists who signed the Declaration of 1923 against the party's "regime of factional dictatorship", the vast majority were in the end executed.

# record: counterfactual
Your own fate is invented, but it was the common fate of former oppositionists.
{luck == 1:
    You are arrested in the summer of 1937. Your letters from exile are read back to you as evidence of a conspiracy. In 1938 you are sentenced to death and shot.
- else:
    You are arrested in the summer of 1937. In 1938 you are sentenced to ten years in a labour camp in the far north. Many who were sent to the camps in these years did not come back.
}

# record: history
Trotsky, deported in 1929, lives in Mexico and goes on writing against Stalin. On 20 August 1940 an NKVD agent, Ramón Mercader, will strike him with an ice axe at Coyoacán, and he will die the next day. # ending: oppositionist
-> END
