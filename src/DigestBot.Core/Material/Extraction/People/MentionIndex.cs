namespace DigestBot.Core.Material.Extraction.People;

/// <summary>
/// Every mention of the article's people in text order: full names, surnames (and well-known given names)
/// resolved to the nearest matching full name, and roles ("the president") resolved to the nearest person
/// who holds or may hold the role, the same role keeping its referent through the article. Pronouns are
/// resolved on request to the nearest earlier person of agreeing gender mentioned outside quotations.
/// </summary>
internal sealed class MentionIndex
{
    private static readonly WordSet RoleHeads = new(
        "president", "senator", "governor", "secretary", "congressman", "congresswoman", "candidate", "nominee",
        "billionaire", "businessman", "mogul", "mayor", "chancellor", "minister", "premier", "speaker",
        "spokesman", "spokeswoman", "chairman", "chairwoman", "ambassador", "judge", "president-elect", "king", "queen", "pope");

    // PeopleExtractor indexes its seeds, then QuoteExtractor indexes the people made from them, on the same
    // thread for the same article. When that second index can only be the first renumbered, the first is
    // handed on rather than built again (see HandOn).
    [ThreadStatic]
    private static (TokenizedArticle Article, Person[] People, MentionIndex Index)? _handedOn;

    private readonly List<PersonMention> _mentions;
    private readonly Gender[] _genders;
    private readonly TokenizedArticle _article;
    private readonly PersonNames _names;
    private readonly IReadOnlyList<Person> _people;

    // Whether a role ("the president") was looked up: only then do the people's titles choose a mention.
    private readonly bool _askedRoles;

    private MentionIndex(TokenizedArticle article, List<PersonMention> mentions, Gender[] genders, PersonNames names, IReadOnlyList<Person> people, bool askedRoles)
    {
        _article = article;
        _mentions = mentions;
        _genders = genders;
        _names = names;
        _people = people;
        _askedRoles = askedRoles;
    }

    public IReadOnlyList<PersonMention> Mentions => _mentions;

    /// <summary>The index of <paramref name="people"/> in the article: the one handed on for them, or a new one.</summary>
    public static MentionIndex For(TokenizedArticle article, IReadOnlyList<Person> people)
    {
        if (_handedOn is { } handed && ReferenceEquals(handed.Article, article) && SamePeople(handed.People, people))
        {
            return handed.Index;
        }

        return Build(article, people);
    }

    /// <summary>
    /// Keeps this index of the seeds, renumbered for <paramref name="people"/> (<paramref name="numberOf"/>: seed
    /// to person, -1 for a seed left out), for a later <see cref="For"/>, when building for the people could
    /// only give the same mentions. The people have the seeds' names. A seed left out has no mention, so it never
    /// won a match, and without it every match goes the same way. Order matters only among the people sharing
    /// a name word (the first listed wins a tie), and a new title only through the gender it implies or a role
    /// lookup; when any of these could differ, nothing is handed on and the quote extractor builds its own.
    /// </summary>
    public void HandOn(Person[] people, int[] numberOf)
    {
        _handedOn = null;
        if (!_names.KeepsOrder(numberOf))
        {
            return;
        }

        for (var p = 0; p < numberOf.Length; p++)
        {
            if (numberOf[p] >= 0 && _people[p].Title != people[numberOf[p]].Title
                && (_askedRoles || _names.GenderOf(p, _people[p].Title) != _names.GenderOf(p, people[numberOf[p]].Title)))
            {
                return;
            }
        }

        var mentions = new List<PersonMention>(_mentions.Count);
        foreach (var mention in _mentions)
        {
            mentions.Add(mention with { Person = numberOf[mention.Person] });
        }

        var genders = new Gender[people.Length];
        for (var p = 0; p < numberOf.Length; p++)
        {
            if (numberOf[p] >= 0)
            {
                genders[numberOf[p]] = _genders[p];
            }
        }

        _handedOn = (_article, [.. people], new MentionIndex(_article, mentions, genders, _names, people, _askedRoles));
    }

    private static bool SamePeople(Person[] handed, IReadOnlyList<Person> people)
    {
        if (handed.Length != people.Count)
        {
            return false;
        }

        for (var p = 0; p < handed.Length; p++)
        {
            if (!ReferenceEquals(handed[p], people[p]))
            {
                return false;
            }
        }

        return true;
    }

    public static MentionIndex Build(TokenizedArticle article, IReadOnlyList<Person> people)
    {
        var names = new PersonNames(people);
        var genders = new Gender[people.Count];
        for (var p = 0; p < people.Count; p++)
        {
            genders[p] = names.GenderOf(p, people[p].Title);
        }

        var mentions = new List<PersonMention>(article.Count / 16);
        var lastFull = new int[people.Count];
        Array.Fill(lastFull, -1);
        var roles = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var roleLookup = roles.GetAlternateLookup<ReadOnlySpan<char>>();
        var askedRoles = false;
        var tokens = article.Tokens;
        for (var t = 0; t < tokens.Length; t++)
        {
            // Names start with a capitalised word and roles with "the": most tokens are neither.
            if (!tokens[t].IsWord)
            {
                continue;
            }

            if (names.Candidates(article, t) is { } candidates)
            {
                if (names.MatchFull(article, t, candidates) is { } full)
                {
                    mentions.Add(new PersonMention(t, full.End, full.Person, TitlePhrase.Find(article, t), false));
                    lastFull[full.Person] = t;
                    NoteGender(article, t, full.Person, genders);
                    t = full.End - 1;
                    continue;
                }

                var alias = names.MatchAlias(article, t, candidates, lastFull);
                if (alias >= 0)
                {
                    mentions.Add(new PersonMention(t, t + 1, alias, TitlePhrase.Find(article, t), false));
                    NoteGender(article, t, alias, genders);
                    continue;
                }
            }

            if (tokens[t].Length == 3 && article.Is(t, "the") && IsRole(article, t + 1) && !tokens[t].InQuote)
            {
                // A role asked about before needs no string of its own.
                if (!roleLookup.TryGetValue(article.Span(t + 1), out var person))
                {
                    var head = article.Span(t + 1).ToString();
                    person = NearestHolder(mentions, people, head, article);
                    askedRoles = true;
                    if (person >= 0)
                    {
                        roles[head] = person;
                    }
                }

                if (person >= 0)
                {
                    mentions.Add(new PersonMention(t, t + 2, person, -1, true));
                }

                t++;
            }
        }

        return new MentionIndex(article, mentions, genders, names, people, askedRoles);
    }

    /// <summary>The mention of a person inside tokens [first, end) that heads the phrase, or null.</summary>
    public PersonMention? Within(int first, int end)
    {
        PersonMention? found = null;
        var i = FirstAtOrAfter(first);
        for (; i < _mentions.Count && _mentions[i].First < end; i++)
        {
            if (_mentions[i].End <= end)
            {
                found = _mentions[i];
            }
        }

        return found;
    }

    /// <summary>The nearest person before token <paramref name="t"/>, outside quotations, agreeing with the pronoun.</summary>
    public int ResolvePronoun(int t, Gender gender)
    {
        for (var i = FirstAtOrAfter(t) - 1; i >= 0; i--)
        {
            var mention = _mentions[i];
            if (_article.Tokens[mention.First].InQuote)
            {
                continue;
            }

            var known = _genders[mention.Person];
            if (gender == Gender.Unknown || known == Gender.Unknown || known == gender)
            {
                return mention.Person;
            }
        }

        return -1;
    }

    private int FirstAtOrAfter(int t)
    {
        int lo = 0, hi = _mentions.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_mentions[mid].First < t)
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

    private static bool IsRole(TokenizedArticle article, int t) =>
        article.IsIn(t, RoleHeads) && !article.IsCapitalised(t + 1) && !article.Is(t + 1, "of") && !article.IsPunctuation(t + 1, '-')
        && article.SameParagraph(t, Math.Min(t + 1, article.Count - 1));

    // A role goes to the nearest earlier person whose title names it; failing that, to the nearest person
    // with no title at all (the usual "Trump … the president said"), never to someone titled otherwise.
    private static int NearestHolder(List<PersonMention> mentions, IReadOnlyList<Person> people, string head, TokenizedArticle article)
    {
        for (var i = mentions.Count - 1; i >= 0; i--)
        {
            var title = people[mentions[i].Person].Title;
            if (title is not null && ContainsWord(title, head))
            {
                return mentions[i].Person;
            }
        }

        for (var i = mentions.Count - 1; i >= 0; i--)
        {
            if (!mentions[i].IsRole && people[mentions[i].Person].Title is null && !article.Tokens[mentions[i].First].InQuote)
            {
                return mentions[i].Person;
            }
        }

        return -1;
    }

    private static bool ContainsWord(string title, string word)
    {
        var index = title.IndexOf(word, StringComparison.OrdinalIgnoreCase);
        return index >= 0 && (index == 0 || !char.IsLetter(title[index - 1]))
            && (index + word.Length == title.Length || !char.IsLetter(title[index + word.Length]));
    }

    private static void NoteGender(TokenizedArticle article, int t, int person, Gender[] genders)
    {
        var before = article.IsPunctuation(t - 1, '.') ? t - 2 : t - 1;
        if (genders[person] == Gender.Unknown && article.IsIn(before, Honorifics.Male))
        {
            genders[person] = Gender.Male;
        }
        else if (genders[person] == Gender.Unknown && article.IsIn(before, Honorifics.Female))
        {
            genders[person] = Gender.Female;
        }
    }
}
