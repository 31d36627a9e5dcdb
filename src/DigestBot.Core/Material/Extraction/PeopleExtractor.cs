using System.Text;
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
        var found = new List<(string Name, string? Title, int Words)>();
        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var run in NameRuns.Find(article))
        {
            if (!run.IsPerson || article.Tokens[run.First].Paragraph == 0)
            {
                continue;
            }

            var name = NameText(article, run.First, run.End);
            var title = run.TitleFirst >= 0 ? TitleText(article, run.TitleFirst, run.First) : null;
            if (seen.TryGetValue(name, out var at))
            {
                found[at] = found[at] with { Title = found[at].Title ?? title };
                continue;
            }

            seen[name] = found.Count;
            found.Add((name, title, run.Length));
        }

        // A lone surname or given name is the same person as a full name that has it.
        var seeds = new List<Person>();
        foreach (var (name, title, words) in found)
        {
            if (words == 1 && found.Any(f => f.Words > 1 && (EndsWithWord(f.Name, name) || StartsWithWord(f.Name, name))))
            {
                continue;
            }

            seeds.Add(new Person(name, title, []));
        }

        return seeds;
    }

    private static Person[] Finish(TokenizedArticle article, List<Person> seeds, MentionIndex index)
    {
        var forms = new List<string>[seeds.Count];
        var titles = new string?[seeds.Count];
        var firstSeen = new int[seeds.Count];
        Array.Fill(firstSeen, int.MaxValue);
        foreach (var mention in index.Mentions)
        {
            var p = mention.Person;
            forms[p] ??= [];
            firstSeen[p] = Math.Min(firstSeen[p], mention.First);
            string form;
            if (mention.IsRole)
            {
                form = "the " + article.Span(mention.End - 1).ToString();
            }
            else
            {
                form = NameText(article, mention.First, mention.End);
                if (mention.TitleFirst >= 0)
                {
                    var title = TitleText(article, mention.TitleFirst, mention.First);
                    titles[p] ??= title;
                    AddForm(forms[p], title + " " + form);
                }
            }

            AddForm(forms[p], form);
        }

        return Enumerable.Range(0, seeds.Count)
            .Where(p => forms[p] is not null)
            .OrderBy(p => firstSeen[p])
            .Select(p => new Person(seeds[p].Name, seeds[p].Title ?? titles[p], forms[p]))
            .ToArray();
    }

    private static void AddForm(List<string> forms, string form)
    {
        if (!forms.Contains(form, StringComparer.Ordinal))
        {
            forms.Add(form);
        }
    }

    /// <summary>The name as words joined by single spaces, possessive dropped: "Putin’s" → "Putin".</summary>
    internal static string NameText(TokenizedArticle article, int first, int end)
    {
        var builder = new StringBuilder();
        for (var t = first; t < end; t++)
        {
            if (article.IsWord(t))
            {
                if (builder.Length > 0)
                {
                    builder.Append(' ');
                }

                builder.Append(t == end - 1 ? article.Stem(t) : article.Span(t));
            }
            else
            {
                builder.Append(article.Span(t));
            }
        }

        return builder.ToString();
    }

    private static string TitleText(TokenizedArticle article, int first, int nameFirst) =>
        NameText(article, first, nameFirst).Replace(" .", ".", StringComparison.Ordinal);

    private static bool EndsWithWord(string name, string word) =>
        name.EndsWith(" " + word, StringComparison.OrdinalIgnoreCase);

    private static bool StartsWithWord(string name, string word) =>
        name.StartsWith(word + " ", StringComparison.OrdinalIgnoreCase);
}
