namespace DigestBot.Core.Material.Extraction;

/// <summary>
/// Numbers the distinct content words of one article at a time and counts the sentences each occurs in, for
/// <see cref="Summarizer"/>. One table per thread outlives the article, so a word seen before needs no new
/// string and nothing is cleared between articles: a count belongs to the article whose number it carries.
/// The table starts over once it holds <see cref="MaxWords"/> spellings.
/// </summary>
internal sealed class WordCounts
{
    private const int MaxWords = 30_000; // about 2 MB per thread at most

    [ThreadStatic]
    private static WordCounts? _forThread;

    // Ignoring case as Words.ContentWords' callers always have, so the same words count as one.
    private readonly Dictionary<string, int> _ids = new(1024, StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    // Words as written (case kept) to their number, so a spelling seen before is neither folded nor hashed twice.
    private readonly SpellingTable _written = new();

    // A word's three counters side by side: ids are scattered over the whole table, and one cache line per
    // counted word is cheaper than three.
    private Counter[] _counters = new Counter[1024];
    private int _current;

    private WordCounts()
    {
        _lookup = _ids.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>This thread's table, emptied of any earlier article's counts.</summary>
    public static WordCounts ForNewArticle()
    {
        var table = _forThread ??= new WordCounts();
        if (table._written.Count > MaxWords || table._current == int.MaxValue)
        {
            table._ids.Clear();
            table._written.Clear();
            Array.Clear(table._counters);
            table._current = 0;
        }

        table._current++;
        return table;
    }

    /// <summary>The number of a word as written, remembered by <see cref="AddWritten"/> (-1 for a word that is not counted).</summary>
    public bool TryGetWritten(ReadOnlySpan<char> written, out int id) => _written.TryGetValue(written, out id);

    /// <summary>Remembers the number of a word as written that <see cref="TryGetWritten"/> did not know.</summary>
    public void AddWritten(ReadOnlySpan<char> written, int id) => _written.Add(written, id);

    /// <summary>The number of a normalised word, new ones numbered as they come.</summary>
    public int IdOf(ReadOnlySpan<char> word)
    {
        if (!_lookup.TryGetValue(word, out var id))
        {
            id = _ids.Count;
            _lookup[word] = id;
            if (id == _counters.Length)
            {
                Array.Resize(ref _counters, id * 2);
            }
        }

        return id;
    }

    /// <summary>Counts sentence <paramref name="sentence"/> once among those word <paramref name="id"/> occurs in.</summary>
    public void Count(int id, int sentence)
    {
        ref var counter = ref _counters[id];
        if (counter.Article != _current)
        {
            counter.Article = _current;
            counter.Frequency = 0;
            counter.LastSentence = -1;
        }

        if (counter.LastSentence != sentence)
        {
            counter.LastSentence = sentence;
            counter.Frequency++;
        }
    }

    /// <summary>How many sentences of the current article hold word <paramref name="id"/>.</summary>
    public int Frequency(int id) => _counters[id].Frequency;

    private struct Counter
    {
        public int Frequency;
        public int LastSentence;
        public int Article;
    }
}
