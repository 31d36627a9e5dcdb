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

    // Per article position: where its quotes and figures start in Quotes and Figures (one extra entry at the end),
    // so "everything from the newest k articles" is a prefix, found without a scan.
    private readonly int[] _quoteStarts;
    private readonly int[] _figureStarts;

    // Per quote: its speaker's position in Speakers, or -1 when unattributed; counting needs no string hashing.
    private readonly int[] _quoteSpeakers;

    // Folded full names and last names with the speaker's position in Speakers, sorted by key for prefix search.
    private readonly string[] _suggestKeys;
    private readonly int[] _suggestSpeakers;

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
        // The word indexes are independent and each walks all of its entries, so they are built side by side.
        WordIndex quoteWords = null!, figureWords = null!, sentenceWords = null!;
        HeadlineIndex headlines = null!;
        Parallel.Invoke(
            () => quoteWords = WordIndex.Build(quotes.Select(q => q.Quote.Text).ToArray()),
            () => figureWords = WordIndex.Build(figures.Select(f => $"{f.Figure.Text} {f.Figure.About} {f.Article.SentenceText(f.Figure.SentenceIndex)}").ToArray()),
            () => sentenceWords = WordIndex.Build(sentences.Select(s => s.Text).ToArray()),
            () => headlines = HeadlineIndex.Build(articles.Select(a => a.Title).ToArray()));
        QuoteWords = quoteWords;
        FigureWords = figureWords;
        SentenceWords = sentenceWords;
        Headlines = headlines;

        _quoteStarts = Starts(articles, a => a.Quotes.Count);
        _figureStarts = Starts(articles, a => a.Figures.Count);
        var rank = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < Speakers.Count; i++)
        {
            rank[Speakers[i].Name] = i;
        }

        _quoteSpeakers = new int[quotes.Length];
        for (var i = 0; i < quotes.Length; i++)
        {
            _quoteSpeakers[i] = quotes[i].Quote.Speaker is { } speaker ? rank[speaker.Name] : -1;
            UnattributedQuoteCount += _quoteSpeakers[i] < 0 ? 1 : 0;
        }

        var suggest = Speakers
            .SelectMany((s, i) => SpeakerKeysOf(s.Name).Select(k => (Key: k, Speaker: i)))
            .OrderBy(p => p.Key, StringComparer.Ordinal)
            .ThenBy(p => p.Speaker)
            .ToArray();
        _suggestKeys = [.. suggest.Select(p => p.Key)];
        _suggestSpeakers = [.. suggest.Select(p => p.Speaker)];
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

    /// <summary>Headline words, for finding an article by what its headline says.</summary>
    public HeadlineIndex Headlines { get; }

    /// <summary>Quotes with no confident speaker, counted once when the snapshot is built.</summary>
    public int UnattributedQuoteCount { get; }

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
        ArgumentNullException.ThrowIfNull(typed);
        var prefix = Text.Fold(typed.Trim());
        if (prefix.Length == 0 || max <= 0)
        {
            return Speakers.Take(Math.Max(max, 0)).ToArray();
        }

        // Keys are sorted, so the matches are one contiguous run starting at the prefix's insertion point.
        var at = Array.BinarySearch(_suggestKeys, prefix, StringComparer.Ordinal);
        var ranks = new List<int>();
        for (var i = at < 0 ? ~at : at; i < _suggestKeys.Length && _suggestKeys[i].StartsWith(prefix, StringComparison.Ordinal); i++)
        {
            ranks.Add(_suggestSpeakers[i]);
        }

        ranks.Sort();
        var result = new List<SpeakerSummary>(Math.Min(max, ranks.Count));
        for (var i = 0; i < ranks.Count && result.Count < max; i++)
        {
            if (i == 0 || ranks[i] != ranks[i - 1])
            {
                result.Add(Speakers[ranks[i]]);
            }
        }

        return result;
    }

    /// <summary>How many articles (a prefix of <see cref="Articles"/>) were published after <paramref name="since"/>.</summary>
    public int CountPublishedAfter(DateTimeOffset? since)
    {
        if (since is not { } after)
        {
            return Articles.Count;
        }

        // Articles are newest first, so the ones after the cut are a prefix: binary search for its end.
        int lo = 0, hi = Articles.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (Articles[mid].PublishedAt > after)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    /// <summary>How many of <see cref="Quotes"/> belong to the first <paramref name="articles"/> articles (they come first).</summary>
    public int QuoteCountOfFirst(int articles) => _quoteStarts[articles];

    /// <summary>How many of <see cref="Figures"/> belong to the first <paramref name="articles"/> articles (they come first).</summary>
    public int FigureCountOfFirst(int articles) => _figureStarts[articles];

    /// <summary>The position in <see cref="Speakers"/> of the speaker of quote <paramref name="quoteId"/>, or -1.</summary>
    public int SpeakerOf(int quoteId) => _quoteSpeakers[quoteId];

    public Article? FindArticle(string id) => _articlesById.GetValueOrDefault(id);

    private static int[] Starts(IReadOnlyList<Article> articles, Func<Article, int> count)
    {
        var starts = new int[articles.Count + 1];
        for (var i = 0; i < articles.Count; i++)
        {
            starts[i + 1] = starts[i] + count(articles[i]);
        }

        return starts;
    }

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
