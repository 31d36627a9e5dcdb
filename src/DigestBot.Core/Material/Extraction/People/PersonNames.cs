namespace DigestBot.Core.Material.Extraction.People;

/// <summary>
/// Matches the people's names against tokens: a full name word by word ("George W. Bush" across its dot),
/// or a single surname (or a common given name) standing for the person whose full name was last seen.
/// </summary>
internal sealed class PersonNames
{
    private readonly string[][] _parts;

    // One table for both uses of a word, so each capitalised token is hashed once: the people whose full
    // name starts with it, and the people it can stand for alone.
    private readonly Dictionary<string, Entry>.AlternateLookup<ReadOnlySpan<char>> _words;

    public PersonNames(IReadOnlyList<Person> people)
    {
        _parts = new string[people.Count][];
        var words = new Dictionary<string, Entry>(people.Count * 2, StringComparer.OrdinalIgnoreCase);
        for (var p = 0; p < people.Count; p++)
        {
            var parts = people[p].Name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            _parts[p] = parts;
            EntryOf(words, parts[0]).AddFirstPart(p);
            if (parts.Length > 1)
            {
                EntryOf(words, parts[^1]).AddAlias(p);
                if (GivenNames.Male.Contains(parts[0]) || GivenNames.Female.Contains(parts[0]))
                {
                    EntryOf(words, parts[0]).AddAlias(p);
                }
            }
            else
            {
                EntryOf(words, parts[0]).AddAlias(p);
            }
        }

        _words = words.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The people a capitalised token may start or stand for; null for other tokens.</summary>
    public Entry? Candidates(TokenizedArticle article, int t) =>
        article.IsCapitalised(t) && _words.TryGetValue(article.Stem(t), out var entry) ? entry : null;

    public Gender GenderOf(int person, string? title)
    {
        var first = _parts[person][0];
        if (_parts[person].Length > 1 && GivenNames.Male.Contains(first) && !GivenNames.Female.Contains(first))
        {
            return Gender.Male;
        }

        if (_parts[person].Length > 1 && GivenNames.Female.Contains(first) && !GivenNames.Male.Contains(first))
        {
            return Gender.Female;
        }

        foreach (var word in (title ?? string.Empty).Split(' '))
        {
            if (TitleWords.Male.Contains(word))
            {
                return Gender.Male;
            }

            if (TitleWords.Female.Contains(word))
            {
                return Gender.Female;
            }
        }

        return Gender.Unknown;
    }

    /// <summary>The longest full name (two words or more) starting at token <paramref name="t"/>.</summary>
    public (int Person, int End)? MatchFull(TokenizedArticle article, int t, Entry entry)
    {
        if (entry.FirstPart is not { } candidates)
        {
            return null;
        }

        (int Person, int End)? best = null;
        foreach (var p in candidates)
        {
            var parts = _parts[p];
            if (parts.Length < 2)
            {
                continue;
            }

            var end = MatchParts(article, t, parts);
            if (end > 0 && (best is null || end > best.Value.End))
            {
                best = (p, end);
            }
        }

        return best;
    }

    /// <summary>The person a lone surname stands for, or -1: the one whose full name was seen last.</summary>
    public int MatchAlias(TokenizedArticle article, int t, Entry entry, int[] lastFull)
    {
        if (entry.Alias is not { } candidates || IsInsideOtherName(article, t))
        {
            return -1;
        }

        var best = candidates[0];
        foreach (var p in candidates)
        {
            if (lastFull[p] > lastFull[best])
            {
                best = p;
            }
        }

        return best;
    }

    // "Melania Trump" when only Donald Trump is known, or "Trump Tower": the surname belongs to something else.
    private static bool IsInsideOtherName(TokenizedArticle article, int t)
    {
        var headline = article.Tokens[t].Paragraph == 0;
        var previous = t - 1;
        if (!headline && article.IsCapitalised(previous) && article.SameParagraph(previous, t) && !article.StartsSentence(previous)
            && !article.IsPossessive(previous) && !article.IsIn(previous, TitleWords.Heads) && !article.IsIn(previous, TitleWords.Modifiers)
            && !article.IsIn(previous, Honorifics.All) && !article.IsIn(previous, NotPersonNames.Words))
        {
            return true;
        }

        var next = t + 1;
        return !headline && !article.IsPossessive(t) && article.IsCapitalised(next) && article.SameParagraph(t, next)
            && !article.StartsSentence(next) && article.Tokens[next].Start - article.Tokens[t].End <= 1;
    }

    private static int MatchParts(TokenizedArticle article, int t, string[] parts)
    {
        var i = t;
        for (var k = 0; k < parts.Length; k++)
        {
            var part = parts[k].AsSpan();
            var dotted = part.Length > 1 && part[^1] == '.';
            if (dotted)
            {
                part = part[..^1];
            }

            if (!article.IsWord(i) || !article.SameParagraph(t, i))
            {
                return -1;
            }

            var word = k == parts.Length - 1 ? article.Stem(i) : article.Span(i);
            if (!word.Equals(part, StringComparison.OrdinalIgnoreCase))
            {
                return -1;
            }

            i++;
            if (dotted)
            {
                if (!article.IsPunctuation(i, '.'))
                {
                    return -1;
                }

                i++;
            }
        }

        return i;
    }

    /// <summary>
    /// Whether renumbering people by <paramref name="numberOf"/> (-1 for one dropped) keeps the order of every
    /// list of candidates, so each match would pick the same person.
    /// </summary>
    public bool KeepsOrder(int[] numberOf)
    {
        foreach (var entry in _words.Dictionary.Values)
        {
            if (!KeepsOrder(entry.FirstPart, numberOf) || !KeepsOrder(entry.Alias, numberOf))
            {
                return false;
            }
        }

        return true;
    }

    private static bool KeepsOrder(List<int>? candidates, int[] numberOf)
    {
        var last = -1;
        foreach (var p in candidates ?? [])
        {
            if (numberOf[p] >= 0)
            {
                if (numberOf[p] < last)
                {
                    return false;
                }

                last = numberOf[p];
            }
        }

        return true;
    }

    private static Entry EntryOf(Dictionary<string, Entry> words, string key)
    {
        if (!words.TryGetValue(key, out var entry))
        {
            words[key] = entry = new Entry();
        }

        return entry;
    }

    /// <summary>The people whose full name starts with a word, and those the word alone stands for.</summary>
    internal sealed class Entry
    {
        public List<int>? FirstPart { get; private set; }

        public List<int>? Alias { get; private set; }

        public void AddFirstPart(int person) => FirstPart = With(FirstPart, person);

        public void AddAlias(int person) => Alias = With(Alias, person);

        private static List<int> With(List<int>? list, int person)
        {
            list ??= new List<int>(1);
            if (!list.Contains(person))
            {
                list.Add(person);
            }

            return list;
        }
    }
}
