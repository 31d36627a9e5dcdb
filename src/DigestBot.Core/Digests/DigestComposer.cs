using System.Globalization;
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

    /// <returns>The digest, or null when nothing is new. When <c>sources</c> is given, failing ones are
    /// named in the footer so moderators hear of them.</returns>
    public static Reply? Compose(MaterialSnapshot snapshot, DateTimeOffset now, DateTimeOffset? since = null, IReadOnlyList<SourceStatus>? sources = null)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var fresh = snapshot.Articles.Where(a => since is null || a.PublishedAt > since).ToHashSet();
        if (fresh.Count == 0)
        {
            return null;
        }

        var sections = new List<ReplySection>
        {
            new("Top stories", null, fresh.Take(MaxStories).Select(ReplyItems.Story).ToArray(), []),
        };

        var quotes = snapshot.Quotes
            .Where(q => q.Quote.IsAttributed && fresh.Contains(q.Article))
            .GroupBy(q => q.Quote.Speaker!.Name)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Take(MaxSpeakers)
            .SelectMany(g => g.OrderByDescending(q => q.Quote.Text.Length).Take(MaxQuotesPerSpeaker))
            .Select(ReplyItems.Quote)
            .ToArray();
        if (quotes.Length > 0)
        {
            sections.Add(new ReplySection("Quotes of the day", null, quotes, []));
        }

        var figures = snapshot.Figures
            .Where(f => fresh.Contains(f.Article) && IsKeyNumber(f.Figure))
            .Take(MaxFigures)
            .Select(ReplyItems.Figure)
            .ToArray();
        if (figures.Length > 0)
        {
            sections.Add(new ReplySection("Key numbers", null, figures, []));
        }

        var title = "Briefing for " + now.ToString("dddd d MMMM yyyy", CultureInfo.InvariantCulture);
        return new Reply(title, sections)
        {
            Footer = $"{fresh.Count} new article{(fresh.Count == 1 ? "" : "s")}" + FailingNote(sources),
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

    /// <summary>Years and ordinals are context, not news; a briefing shows amounts.</summary>
    private static bool IsKeyNumber(Figure figure) => figure.Unit is not ("year" or "ordinal");
}
