// Chapter 1922 (April–September): Stalin made General Secretary (history.md D04).
// Beats: the Central Committee plenum of 3 April 1922 (the `gensec` decision), one consequence per
// option, then what followed that year: Lenin's first stroke, and the deputy chairmanship of Sovnarkom
// that Trotsky declined. On the historical course the choice moves only standing, safety and opposed.

=== general_secretary ===
# chapter: general-secretary
# year: 1922
# date: 1922-04-03
# record: history
# scene: politburo
Moscow, 3 April 1922. The Eleventh Congress sat from 27 March to 2 April; today the Central Committee it elected, with you still in it, holds its plenum.

The Politburo decides policy: Lenin, Trotsky, Stalin, Kamenev and Zinoviev, with Bukharin, Molotov and Kalinin as candidates; today's plenum also adds Tomsky and Rykov. The Orgburo, with Stalin, Molotov, Kuibyshev, Rykov, Tomsky, Dzerzhinsky and Andreyev, decides who goes where. Below them the Secretariat keeps the files and prepares agendas and postings; since 1921 Molotov has led it as "responsible secretary".

Now the plenum is asked to create a post at its head, General Secretary, and to elect Stalin, who already sits on the Politburo and the Orgburo and has been Commissar of Nationalities since 1917.

# record: disputed
Who proposed him is disputed: Boris Souvarine writes that the plenum acted on Lenin's proposal, as Stalin's official biography would later say; other accounts credit Kamenev and Zinoviev, and the historian V. A. Sakharov finds no document showing who proposed him.

# record: history
The post can be read two ways: a desk job, keeping a mass party's files in order, or the place where the Politburo, the Orgburo and the files all meet, in one man's hands.

How do you vote?

* [Vote for Stalin as General Secretary #choice: gensec.support #arg: lenin-made-stalin #arg: illegitimate-offspring #actual]
    -> gensec_support
* [Vote for him, but argue that the Secretariat's postings must go before the Orgburo and the Politburo #choice: gensec.limit #arg: democratic-centralism #arg: testament]
    -> gensec_limit
* [Argue against the post itself: keep the Secretariat a team of equal secretaries #choice: gensec.oppose #arg: democratic-centralism #arg: testament #arg: lenin-made-stalin]
    -> gensec_oppose

= gensec_support
You raise your hand with the others. # sfx: gavel

# scene: poster
The plenum elects Stalin General Secretary of the Central Committee.

You voted for an organiser to keep the machinery running while the leaders argue policy. Whether the machinery stays a servant or becomes a master is not on today's agenda.
~ shift(standing, 5)
~ shift(safety, 5)
-> general_secretary_after

= gensec_limit
# record: counterfactual
You vote for him, then ask for the floor. Here your story leaves the record: this speech is yours.

A secretariat that prepares postings, you say, should never decide them: every provincial secretary it proposes should come before the Orgburo, and the Politburo should see the list. Nobody argues with you. Nobody writes it into the rules either.

# record: history
# sfx: gavel
# scene: poster
What the plenum actually did: it elected Stalin General Secretary.
~ shift(standing, -5)
-> general_secretary_after

= gensec_oppose
# record: counterfactual
You speak against the post. Here your story leaves the record: this speech is yours.

The party needs a secretariat, you say, not a secretary: several secretaries sharing the work as equals, each answerable to the Orgburo, so that no single desk sees every file. The vote goes against you. Stalin will know how you voted; so will the men who will soon work for him.

# record: history
# sfx: gavel
# scene: poster
What the plenum actually did: it elected Stalin General Secretary.
~ shift(standing, -10)
~ shift(safety, -5)
~ oppose(1)
-> general_secretary_after


=== general_secretary_after ===
// The world moves on to 1922 only after the vote, so that the meters do not announce its outcome.
~ history_year(1922)
# record: history
# date: 1922-05
On 25–26 May 1922 Lenin suffers his first stroke. The man whose authority holds the leadership together is gravely ill.

# date: 1922-09
In September he proposes that Trotsky become a deputy chairman of Sovnarkom, the government Lenin heads. Trotsky declines. The offer is known from Trotsky's account and the Politburo's records.

# record: disputed
How much it meant is argued over: the historian V. A. Sakharov doubts the wider story of a Lenin–Trotsky "bloc" against Stalin in these months.

# record: history
Meanwhile Stalin has drafted a plan for the shape of the Soviet state itself.
-> georgian_affair
