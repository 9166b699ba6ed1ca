// Ending of the Kirov course (1938): the country where Kirov took Stalin's place in 1934, read from the
// player's `terror` choice on this course (kirov_trials, declared in chapters/1935-kirov-course.ink).
// At most a limited thaw: a one-party dictatorship with its camps and collective farms, which may have
// been spared the mass operations of 1937–38. Then the real 1938 for contrast.

=== ending_kirov ===
~ set_world(stalin_power, debate, repression, peasants, industry + 5)
# chapter: ending-kirov # year: 1938 # record: counterfactual # scene: politburo
1938, on the course where Kirov took Stalin's place. It is not a free country: one party, one line in the newspapers, collective farms, and camps that still hold the "kulaks" of 1930 and the gleaners of 1932.
{
- kirov_trials == "hard":
    The trials of 1937 set the NKVD loose again. Its list of enemies is far from the numbers of real history, but it grows, and Stalin reads it closely. You sign what Kirov signs.
- kirov_trials == "courts":
    Zinoviev and Kamenev are in prison, and alive; no former oppositionist has been shot. Stalin's friends call Kirov soft, and wait for a war to prove them right. Your Politburo seat is thin protection.
- else:
    From your regional post you follow Moscow in the newspapers. The camps are as full as before; Zinoviev and Kamenev are free, and watched. Nobody has come for you. On this course, that is something.
}

# record: history
No such course existed. In real history Zinoviev and Kamenev were shot on 25 August 1936, and Bukharin, Rykov and Yagoda on 15 March 1938. NKVD figures for 1937–38 count about 1.5 to 1.6 million people arrested and 681,692 shot; Michael Ellman estimates 950,000 to 1.2 million deaths from repression in those two years, deaths in custody included.

# record: counterfactual
Since 1934 you have read a thought experiment: a harsh dictatorship that might, or might not, have been spared the mass killings of 1937–38. No one can know. # ending: kirov-thaw
-> END
