// Ending of the Kirov course (1938): the country where Kirov took Stalin's place in 1934, read from the
// player's `terror` choice on this course (kirov_trials, declared in chapters/1935-kirov-course.ink).
// At most a limited thaw: a one-party dictatorship with its camps and collective farms, which may have
// been spared the mass operations of 1937–38. Then the real 1938 for contrast.

=== ending_kirov ===
~ set_world(stalin_power, debate, repression, peasants, industry + 5)
# chapter: ending-kirov # year: 1938 # record: counterfactual # scene: politburo
1938, on the course where Kirov took Stalin's place. It is not a free country. The ban on factions stands, the newspapers print one line, and the collective farms are the countryside. The camps still hold the "kulaks" of 1930 and the gleaners sentenced under the law of spikelets. The factories of the plans are working, and the army is rearming against Hitler's Germany.
{
- kirov_trials == "hard":
    The trials of 1937 set the NKVD loose again. It has not come near the numbers of real history, or not yet, but its list of enemies grows every year, and Stalin, still on the Politburo, reads it more closely than anyone. You sit beside him and sign what Kirov signs.
- kirov_trials == "courts":
    Zinoviev and Kamenev are in prison, and alive. No former oppositionist has been shot. The NKVD and Stalin's friends call the Secretary soft, and wait for a war to prove them right. You are still on the Politburo, and you know how thin that protection is.
- else:
    From your regional post you watch Moscow in the newspapers. Zinoviev and Kamenev are free and watched; the camps are as full as before; your commission was never set up. Nobody has come for you. On this course, that is something.
}

# record: history
No such course existed. In the real 1938 Bukharin, Rykov and Yagoda were shot on 15 March, after the third Moscow trial; Zinoviev and Kamenev had been shot on 25 August 1936. NKVD data for 1937–38 count 1,548,367 people detained and 681,692 shot; Michael Ellman estimates 950,000 to 1.2 million deaths from repression in those two years, deaths in custody included. Kirov himself, in the years he lived, was a loyal Stalinist.

# record: counterfactual
What you have read since 1934 is a thought experiment: a harsh dictatorship that might have been spared the mass killings of 1937–38. Whether it would have been, no one can know. # ending: kirov-thaw
-> END
