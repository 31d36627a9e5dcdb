using System.Text;

namespace DigestBot.Bench.Corpus;

/// <summary>
/// Writes realistic synthetic news: a headline, a blank line, then paragraphs that introduce speakers, quote
/// them in the shapes news uses (“…,” Kowalski said / said Anna Kowalski, the mayor / X told reporters: “…”),
/// state figures and give background. With a PolNeAR pool, real news paragraphs from different articles are
/// mixed in with their digits changed, so no article repeats a source text. Deterministic for a seed.
/// </summary>
internal sealed class CorpusGenerator(ParagraphPool pool, int seed = 2025)
{
    /// <summary>A month of news, as the issue sizes it.</summary>
    public static readonly TimeSpan Span = TimeSpan.FromDays(30);

    public GeneratedArticle Generate(int index, int count, DateTimeOffset newest)
    {
        // One generator per article keeps each article the same whatever order (or thread) builds it.
        var random = new Random(HashCode.Combine(seed, index));
        var topic = Pick(random, NewsTemplates.Topics);
        var place = Pick(random, NewsTemplates.Places);
        var speakers = Enumerable.Range(0, random.Next(2, 4))
            .Select(_ => (Given: Pick(random, NewsTemplates.GivenNames), Family: Pick(random, NewsTemplates.FamilyNames), Role: Pick(random, NewsTemplates.Roles)))
            .DistinctBy(s => s.Family)
            .ToArray();

        var text = new StringBuilder(4096);
        text.Append(Headline(random, topic, place, speakers[0])).Append("\n\n");
        var paragraphs = random.Next(10, 17);
        var introduced = 0;
        for (var p = 0; p < paragraphs; p++)
        {
            var kind = random.Next(10);
            if (introduced < speakers.Length && (p == 0 || kind < 3))
            {
                text.Append(Introduce(random, speakers[introduced], topic, place));
                introduced++;
            }
            else if (kind < 6 && introduced > 0)
            {
                text.Append(QuoteParagraph(random, speakers[random.Next(introduced)], topic, place));
            }
            else if (kind < 7 || pool.IsEmpty)
            {
                text.Append(Fill(random, Pick(random, NewsTemplates.FigureLines), topic, place))
                    .Append(' ')
                    .Append(Fill(random, Pick(random, NewsTemplates.PlainLines), topic, place));
            }
            else
            {
                text.Append(Perturb(random, Pick(random, pool.Paragraphs)));
            }

            text.Append("\n\n");
        }

        return new GeneratedArticle($"news-{index:D6}.txt", text.ToString().TrimEnd() + "\n", PublishedAt(index, count, newest));
    }

    /// <summary>Spread over the month, newest first, with a little jitter so ties are rare but possible.</summary>
    public static DateTimeOffset PublishedAt(int index, int count, DateTimeOffset newest) =>
        newest - (Span * ((double)index / Math.Max(count, 1))) - TimeSpan.FromSeconds(index * 7919 % 60);

    public IEnumerable<GeneratedArticle> Generate(int count, DateTimeOffset newest) =>
        Enumerable.Range(0, count).Select(i => Generate(i, count, newest));

    private string Headline(Random random, string topic, string place, (string Given, string Family, string Role) speaker)
    {
        if (!pool.IsEmpty && random.Next(4) == 0)
        {
            return Perturb(random, Pick(random, pool.Headlines));
        }

        return Pick(random, NewsTemplates.Headlines)
            .Replace("{Place}", place, StringComparison.Ordinal)
            .Replace("{Topic}", TitleCase(topic), StringComparison.Ordinal)
            .Replace("{Speaker}", speaker.Family, StringComparison.Ordinal);
    }

    private static string Introduce(Random random, (string Given, string Family, string Role) s, string topic, string place) =>
        random.Next(3) switch
        {
            0 => $"{s.Given} {s.Family}, {s.Role}, said on {Day(random)} that {topic} would be the main subject of the talks in {place}.",
            1 => $"In {place}, {s.Role}, {s.Given} {s.Family}, set out a new position on {topic}. {Fill(random, Pick(random, NewsTemplates.FigureLines), topic, place)}",
            _ => $"{s.Given} {s.Family} has long argued for a tougher line on {topic}. {Fill(random, Pick(random, NewsTemplates.PlainLines), topic, place)}",
        };

    private static string QuoteParagraph(Random random, (string Given, string Family, string Role) s, string topic, string place)
    {
        var line = Fill(random, Pick(random, NewsTemplates.QuoteLines), topic, place);
        return random.Next(4) switch
        {
            0 => $"“{line},” {s.Family} said.",
            1 => $"“{line},” said {s.Given} {s.Family}, {s.Role}.",
            2 => $"{s.Family} told reporters in {place}: “{line}.”",
            _ => $"“{line},” {s.Family} said. “{Fill(random, Pick(random, NewsTemplates.QuoteLines), topic, place)}.”",
        };
    }

    private static string Fill(Random random, string template, string topic, string place) => template
        .Replace("{topic}", topic, StringComparison.Ordinal)
        .Replace("{place}", place, StringComparison.Ordinal)
        .Replace("{n}", random.Next(2, 98).ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{p}", $"{random.Next(1, 30)}.{random.Next(10)}", StringComparison.Ordinal);

    /// <summary>Every digit changed at random, so figures differ from the source and from each other.</summary>
    private static string Perturb(Random random, string paragraph)
    {
        var chars = paragraph.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (char.IsAsciiDigit(chars[i]))
            {
                chars[i] = (char)('1' + random.Next(9));
            }
        }

        return new string(chars);
    }

    private static string Day(Random random) => Pick(random, ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]);

    private static string TitleCase(string words) =>
        string.Join(' ', words.Split(' ').Select(w => w.Length > 3 ? char.ToUpperInvariant(w[0]) + w[1..] : w));

    private static T Pick<T>(Random random, T[] items) => items[random.Next(items.Length)];
}
