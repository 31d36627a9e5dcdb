using System.Buffers;
using System.Globalization;
using System.Runtime.CompilerServices;
using DigestBot.Core.Material;
using DigestBot.Core.Material.Store;
using DigestBot.Core.Replies;
using DigestBot.Core.Sources;

namespace DigestBot.Core.Digests;

/// <summary>
/// Builds a briefing from a snapshot: top stories with their summaries, quotes of the day grouped by
/// speaker, and key numbers with what they are about. Only articles newer than <c>since</c> count.
/// </summary>
public static class DigestComposer
{
    public const int MaxStories = 5;
    public const int MaxSpeakers = 5;
    public const int MaxQuotesPerSpeaker = 2;
    public const int MaxFigures = 6;

    // With everything new (the /digest preview) the answer depends on the snapshot alone, and finding the
    // longest quotes of the most-quoted speakers grows with the corpus, so it is worked out once per snapshot.
    private static readonly ConditionalWeakTable<MaterialSnapshot, ReplyItem[]> AllTimeQuotes = new();

    /// <returns>The digest, or null when nothing is new. When <c>sources</c> is given, failing ones are
    /// named in the footer so moderators hear of them.</returns>
    public static Reply? Compose(MaterialSnapshot snapshot, DateTimeOffset now, DateTimeOffset? since = null, IReadOnlyList<SourceStatus>? sources = null)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        // Articles are newest first and their quotes and figures come in the same order, so what is new is a
        // prefix of each list: nothing here scans the whole month.
        var fresh = snapshot.CountPublishedAfter(since);
        if (fresh == 0)
        {
            return null;
        }

        var sections = new List<ReplySection>
        {
            new("Top stories", null, snapshot.Articles.Take(Math.Min(fresh, MaxStories)).Select(ReplyItems.Story).ToArray(), []),
        };

        var quotes = QuotesOfTheDay(snapshot, fresh);
        if (quotes.Length > 0)
        {
            sections.Add(new ReplySection("Quotes of the day", null, quotes, []));
        }

        var figures = new List<ReplyItem>(MaxFigures);
        for (var i = 0; i < snapshot.FigureCountOfFirst(fresh) && figures.Count < MaxFigures; i++)
        {
            if (IsKeyNumber(snapshot.Figures[i].Figure))
            {
                figures.Add(ReplyItems.Figure(snapshot.Figures[i]));
            }
        }

        if (figures.Count > 0)
        {
            sections.Add(new ReplySection("Key numbers", null, figures.ToArray(), []));
        }

        var title = "Briefing for " + now.ToString("dddd d MMMM yyyy", CultureInfo.InvariantCulture);
        return new Reply(title, sections)
        {
            Footer = $"{fresh} new article{(fresh == 1 ? "" : "s")}" + FailingNote(sources),
        };
    }

    private static string FailingNote(IReadOnlyList<SourceStatus>? sources)
    {
        var failing = sources?.Where(s => !s.Healthy).ToList() ?? [];
        return failing.Count == 0
            ? ""
            : "; failing sources: " + string.Join(", ", failing.Take(3).Select(s => $"{s.Name} ({s.LastError ?? "no details"})"))
                + (failing.Count > 3 ? $" and {failing.Count - 3} more (see /sources)" : "");
    }

    /// <summary>
    /// The most-quoted speakers among the first <paramref name="fresh"/> articles (ties by name), each with their
    /// longest quotes (ties by position). When everything is new, the snapshot's precomputed counts are the answer.
    /// </summary>
    private static ReplyItem[] QuotesOfTheDay(MaterialSnapshot snapshot, int fresh) =>
        fresh == snapshot.Articles.Count
            ? AllTimeQuotes.GetValue(snapshot, static s => QuotesOfTheDay(s, s.QuoteCountOfFirst(s.Articles.Count), Enumerable.Range(0, Math.Min(MaxSpeakers, s.Speakers.Count)).ToArray()))
            : QuotesOfTheDay(snapshot, snapshot.QuoteCountOfFirst(fresh), null);

    private static ReplyItem[] QuotesOfTheDay(MaterialSnapshot snapshot, int quoteEnd, int[]? top)
    {
        top ??= TopSpeakers(snapshot, quoteEnd);

        var items = new List<ReplyItem>(top.Length * MaxQuotesPerSpeaker);
        foreach (var speaker in top)
        {
            var ids = snapshot.QuoteIdsBy(snapshot.Speakers[speaker].Name);
            var end = SortedIds.CountBelow(ids, quoteEnd);
            items.AddRange(Longest(snapshot, ids, end).Select(i => ReplyItems.Quote(snapshot.Quotes[i])));
        }

        return [.. items];
    }

    private static int[] TopSpeakers(MaterialSnapshot snapshot, int quoteEnd)
    {
        // Speakers are counted by position in a pooled array: no dictionary or string hashing per quote.
        var counts = ArrayPool<int>.Shared.Rent(snapshot.Speakers.Count);
        try
        {
            Array.Clear(counts, 0, snapshot.Speakers.Count);
            for (var i = 0; i < quoteEnd; i++)
            {
                if (snapshot.SpeakerOf(i) is var speaker and >= 0)
                {
                    counts[speaker]++;
                }
            }

            return Enumerable.Range(0, snapshot.Speakers.Count)
                .Where(s => counts[s] > 0)
                .OrderByDescending(s => counts[s])
                .ThenBy(s => snapshot.Speakers[s].Name, StringComparer.Ordinal)
                .Take(MaxSpeakers)
                .ToArray();
        }
        finally
        {
            ArrayPool<int>.Shared.Return(counts);
        }
    }

    /// <summary>The <see cref="MaxQuotesPerSpeaker"/> longest of the first <paramref name="end"/> ids, earlier first on ties.</summary>
    private static int[] Longest(MaterialSnapshot snapshot, IReadOnlyList<int> ids, int end)
    {
        // A plain loop over the few kept so far: a predicate lambda here would allocate once per quote scanned.
        var best = new List<int>(MaxQuotesPerSpeaker + 1);
        for (var i = 0; i < end; i++)
        {
            var length = snapshot.Quotes[ids[i]].Quote.Text.Length;
            var at = 0;
            while (at < best.Count && snapshot.Quotes[best[at]].Quote.Text.Length >= length)
            {
                at++;
            }

            if (at < MaxQuotesPerSpeaker)
            {
                best.Insert(at, ids[i]);
                if (best.Count > MaxQuotesPerSpeaker)
                {
                    best.RemoveAt(MaxQuotesPerSpeaker);
                }
            }
        }

        return [.. best];
    }

    /// <summary>Years and ordinals are context, not news; a briefing shows amounts.</summary>
    private static bool IsKeyNumber(Figure figure) => figure.Unit is not ("year" or "ordinal");
}
