using System.Collections.Frozen;
using DigestBot.Core.Material.Extraction;

namespace DigestBot.Core.Material.Store;

/// <summary>
/// Everything DigestBot knows, immutable and indexed once: articles newest first, quotes by speaker, and word
/// indexes over quotes, figures and sentences. Built off to the side and swapped in whole by
/// <see cref="MaterialStore"/>, so readers never lock and never see half an update.
/// </summary>
public sealed class MaterialSnapshot
{
    private readonly FrozenDictionary<string, int[]> _quotesBySpeaker;
    private readonly FrozenDictionary<string, string[]> _speakerKeys;
    private readonly FrozenDictionary<string, Article> _articlesById;

    private MaterialSnapshot(
        IReadOnlyList<Article> articles,
        QuoteRef[] quotes,
        FigureRef[] figures,
        SentenceRef[] sentences,
        FrozenDictionary<string, int[]> quotesBySpeaker,
        FrozenDictionary<string, string[]> speakerKeys)
    {
        Articles = articles;
        Quotes = quotes;
        Figures = figures;
        Sentences = sentences;
        _quotesBySpeaker = quotesBySpeaker;
        _speakerKeys = speakerKeys;
        _articlesById = articles.ToFrozenDictionary(a => a.Id, StringComparer.OrdinalIgnoreCase);
        Speakers = quotesBySpeaker
            .Select(p => new SpeakerSummary(p.Key, p.Value.Length))
            .OrderByDescending(s => s.QuoteCount)
            .ThenBy(s => s.Name, StringComparer.Ordinal)
            .ToArray();
        QuoteWords = WordIndex.Build(quotes.Select(q => q.Quote.Text).ToArray());
        FigureWords = WordIndex.Build(figures.Select(f => $"{f.Figure.Text} {f.Figure.About} {f.Article.SentenceText(f.Figure.SentenceIndex)}").ToArray());
        SentenceWords = WordIndex.Build(sentences.Select(s => s.Text).ToArray());
    }

    public static MaterialSnapshot Empty { get; } = Build([]);

    /// <summary>Newest first.</summary>
    public IReadOnlyList<Article> Articles { get; }

    /// <summary>Newest article first, then in text order. Unattributed quotes included.</summary>
    public IReadOnlyList<QuoteRef> Quotes { get; }

    public IReadOnlyList<FigureRef> Figures { get; }

    public IReadOnlyList<SentenceRef> Sentences { get; }

    /// <summary>Speakers by number of quotes, most first.</summary>
    public IReadOnlyList<SpeakerSummary> Speakers { get; }

    public WordIndex QuoteWords { get; }

    public WordIndex FigureWords { get; }

    public WordIndex SentenceWords { get; }

    public static MaterialSnapshot Build(IEnumerable<Article> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var ordered = articles
            .OrderByDescending(a => a.PublishedAt)
            .ThenBy(a => a.Id, StringComparer.Ordinal)
            .ToArray();

        var quotes = ordered.SelectMany(a => a.Quotes.Select(q => new QuoteRef(a, q))).ToArray();
        var figures = ordered.SelectMany(a => a.Figures.Select(f => new FigureRef(a, f))).ToArray();
        var sentences = ordered.SelectMany(a => a.Sentences.Select(s => new SentenceRef(a, s))).ToArray();

        var bySpeaker = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var keys = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        for (var i = 0; i < quotes.Length; i++)
        {
            if (quotes[i].Quote.Speaker is not { } speaker)
            {
                continue;
            }

            if (!bySpeaker.TryGetValue(speaker.Name, out var list))
            {
                bySpeaker[speaker.Name] = list = [];
                foreach (var key in SpeakerKeysOf(speaker.Name))
                {
                    AddKey(keys, key, speaker.Name);
                }
            }

            list.Add(i);
        }

        // Mentions people actually used ("Putin", "the president") resolve too, but only to someone quoted.
        foreach (var article in ordered)
        {
            foreach (var person in article.People.Where(p => bySpeaker.ContainsKey(p.Name)))
            {
                foreach (var mention in person.Mentions)
                {
                    AddKey(keys, Text.Fold(mention), person.Name);
                }
            }
        }

        return new MaterialSnapshot(
            ordered,
            quotes,
            figures,
            sentences,
            bySpeaker.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal),
            keys.ToFrozenDictionary(p => p.Key, p => p.Value.Order(StringComparer.Ordinal).ToArray(), StringComparer.Ordinal));
    }

    /// <summary>
    /// Canonical speakers matching what a user typed: full name, last name or a mention form, ignoring case
    /// and accents. Several results mean the name is ambiguous.
    /// </summary>
    public IReadOnlyList<string> ResolveSpeaker(string query)
    {
        var key = Text.Fold(query.Trim());
        return _speakerKeys.TryGetValue(key, out var names) ? names : [];
    }

    /// <summary>Positions in <see cref="Quotes"/> of this speaker's quotes, ascending.</summary>
    public IReadOnlyList<int> QuoteIdsBy(string canonicalSpeaker) =>
        _quotesBySpeaker.TryGetValue(canonicalSpeaker, out var ids) ? ids : [];

    /// <summary>Up to <paramref name="max"/> speakers whose name or last name starts with what was typed.</summary>
    public IReadOnlyList<SpeakerSummary> SuggestSpeakers(string typed, int max = 25)
    {
        var prefix = Text.Fold(typed.Trim());
        return Speakers
            .Where(s => prefix.Length == 0 || SpeakerKeysOf(s.Name).Any(k => k.StartsWith(prefix, StringComparison.Ordinal)))
            .Take(max)
            .ToArray();
    }

    public Article? FindArticle(string id) => _articlesById.GetValueOrDefault(id);

    private static IEnumerable<string> SpeakerKeysOf(string name)
    {
        var folded = Text.Fold(name);
        yield return folded;
        var last = folded.LastIndexOf(' ');
        if (last > 0)
        {
            yield return folded[(last + 1)..];
        }
    }

    private static void AddKey(Dictionary<string, HashSet<string>> keys, string key, string name)
    {
        if (!keys.TryGetValue(key, out var names))
        {
            keys[key] = names = new HashSet<string>(StringComparer.Ordinal);
        }

        names.Add(name);
    }
}
