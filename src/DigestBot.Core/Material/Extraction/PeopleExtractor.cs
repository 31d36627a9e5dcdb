using DigestBot.Core.Material.Extraction.People;

namespace DigestBot.Core.Material.Extraction;

/// <summary>
/// Finds the people an article names, from general rules only (see <see cref="NameRuns"/>): titled names,
/// common given names, subjects of speech verbs and lone names. A surname or given name alone joins the full
/// name it shortens; the headline's title case proves nothing, so it only adds mentions of known people.
/// People come in order of first mention with the first title written before their name and every form
/// that mentions them ("Treasury Secretary Scott Bessent", "Scott Bessent", "the president").
/// </summary>
public static class PeopleExtractor
{
    public static IReadOnlyList<Person> Extract(string text, IReadOnlyList<Sentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(sentences);
        var article = TokenizedArticle.Build(text, sentences);
        var seeds = Seeds(article);
        if (seeds.Count == 0)
        {
            return [];
        }

        var index = MentionIndex.Build(article, seeds);
        return Finish(article, seeds, index);
    }

    private static List<Person> Seeds(TokenizedArticle article)
    {
        var found = new List<(string Name, string? Title, int Words)>(32);
        var seen = new Dictionary<string, int>(32, StringComparer.OrdinalIgnoreCase);
        var seenLookup = seen.GetAlternateLookup<ReadOnlySpan<char>>();
        var buffer = new NameBuffer(article);
        foreach (var run in NameRuns.Find(article))
        {
            if (!run.IsPerson || article.Tokens[run.First].Paragraph == 0)
            {
                continue;
            }

            // The name is written to a buffer and becomes a string only the first time it is seen.
            var name = buffer.Write(article, run.First, run.End);
            if (seenLookup.TryGetValue(name, out var at))
            {
                if (found[at].Title is null && run.TitleFirst >= 0)
                {
                    found[at] = found[at] with { Title = TitleText(article, run.TitleFirst, run.First) };
                }

                continue;
            }

            var nameText = name.ToString();
            var title = run.TitleFirst >= 0 ? TitleText(article, run.TitleFirst, run.First) : null;
            seen[nameText] = found.Count;
            found.Add((nameText, title, run.Length));
        }

        // A lone surname or given name is the same person as a full name that has it.
        var seeds = new List<Person>(found.Count);
        foreach (var (name, title, words) in found)
        {
            if (words == 1 && HasLongerName(found, name))
            {
                continue;
            }

            seeds.Add(new Person(name, title, []));
        }

        return seeds;
    }

    private static bool HasLongerName(List<(string Name, string? Title, int Words)> found, string name)
    {
        foreach (var f in found)
        {
            if (f.Words > 1 && (EndsWithWord(f.Name, name) || StartsWithWord(f.Name, name)))
            {
                return true;
            }
        }

        return false;
    }

    private static Person[] Finish(TokenizedArticle article, List<Person> seeds, MentionIndex index)
    {
        var forms = new List<string>[seeds.Count];
        var titles = new string?[seeds.Count];
        var firstSeen = new int[seeds.Count];
        Array.Fill(firstSeen, int.MaxValue);
        var buffer = new NameBuffer(article);
        foreach (var mention in index.Mentions)
        {
            var p = mention.Person;
            forms[p] ??= [];
            firstSeen[p] = Math.Min(firstSeen[p], mention.First);

            // Each form is written to the buffer and becomes a string only when the person has not had it yet.
            ReadOnlySpan<char> form;
            if (mention.IsRole)
            {
                form = buffer.WriteRole(article, mention.End - 1);
            }
            else
            {
                if (mention.TitleFirst >= 0)
                {
                    titles[p] ??= TitleText(article, mention.TitleFirst, mention.First);
                    AddForm(forms[p], buffer.WriteTitled(article, mention.TitleFirst, mention.First, mention.End));
                }

                form = buffer.Write(article, mention.First, mention.End);
            }

            AddForm(forms[p], form);
        }

        var order = new List<int>(seeds.Count);
        for (var p = 0; p < seeds.Count; p++)
        {
            if (forms[p] is not null)
            {
                order.Add(p);
            }
        }

        // By first mention, ties (none arise: one mention per token) in person order, as a stable sort would.
        order.Sort((x, y) => firstSeen[x] != firstSeen[y] ? firstSeen[x].CompareTo(firstSeen[y]) : x.CompareTo(y));
        var people = new Person[order.Count];
        for (var k = 0; k < order.Count; k++)
        {
            var p = order[k];
            people[k] = new Person(seeds[p].Name, seeds[p].Title ?? titles[p], forms[p]);
        }

        HandOnIndex(seeds, order, people, index);
        return people;
    }

    // The quote extractor indexes these people again; the index of their seeds may serve, renumbered.
    private static void HandOnIndex(List<Person> seeds, List<int> order, Person[] people, MentionIndex index)
    {
        var numberOf = new int[seeds.Count];
        Array.Fill(numberOf, -1);
        for (var k = 0; k < order.Count; k++)
        {
            numberOf[order[k]] = k;
        }

        index.HandOn(people, numberOf);
    }

    private static void AddForm(List<string> forms, ReadOnlySpan<char> form)
    {
        foreach (var known in forms)
        {
            if (form.SequenceEqual(known))
            {
                return;
            }
        }

        forms.Add(form.ToString());
    }

    /// <summary>The name as words joined by single spaces, possessive dropped: "Putin’s" → "Putin".</summary>
    internal static string NameText(TokenizedArticle article, int first, int end) =>
        new NameBuffer(article).Write(article, first, end).ToString();

    private static string TitleText(TokenizedArticle article, int first, int nameFirst) =>
        NameText(article, first, nameFirst).Replace(" .", ".", StringComparison.Ordinal);

    // name ends with " " + word, ignoring case (a space has no other case, so the two tests are one).
    private static bool EndsWithWord(string name, string word) =>
        name.Length > word.Length && name[^(word.Length + 1)] == ' ' && name.AsSpan().EndsWith(word, StringComparison.OrdinalIgnoreCase);

    private static bool StartsWithWord(string name, string word) =>
        name.Length > word.Length && name[word.Length] == ' ' && name.AsSpan().StartsWith(word, StringComparison.OrdinalIgnoreCase);
}
