// The close of chapter 1921 while the later chapters are being written. When 1922 exists, the
// chapter's last divert points there instead, and this knot can go.

=== provisional_1921 ===
# record: history
Here the first chapter of Lenin's Heirs ends. In March 1921 the party banned its own factions, crushed Kronstadt and began the NEP; then the famine came.

{tenth_congress_vote.voted_for: You voted as history went.|You chose a path history did not take, and the story will remember it.} The story continues in later chapters: the post of General Secretary, the Georgian affair, Lenin's illness and his last letters, and the long contest over who would inherit his party. Your standing and your safety will travel with you.

For now, the debrief shows where your vote matched history, where it parted from it, and what the essay argues about both. # ending: provisional-1921
-> END
