namespace DigestBot.Core.Material.Extraction.Figures.News;

/// <summary>
/// A short phrase saying what a figure is about, taken verbatim from its clause: the words before the figure
/// (from the clause start, at most six) and after it (at most eight), so the reply reads
/// "around 2 million tons of aluminum — Russia could supply … to the U.S. if sanctions …".
/// </summary>
internal static class AboutPhrase
{
    private const int WordsBefore = 6;
    private const int WordsAfter = 8;

    public static string For(string text, TextSpan figure, TextSpan sentence)
    {
        var before = ClauseStart(text, figure.Start, sentence.Start);
        var after = ClauseEnd(text, figure.End, sentence.End);

        // "in 2017, Russia accounted for …": a figure closing its clause is explained by the next one.
        if (after == figure.End && after < sentence.End)
        {
            after = ClauseEnd(text, after + 1, sentence.End);
        }
        var left = LastWords(text, before, figure.Start, WordsBefore);
        var right = FirstWords(text, figure.End, after, WordsAfter);
        return (left.Length, right.Length) switch
        {
            (0, 0) => "",
            (0, _) => right,
            (_, 0) => left,
            _ => left + " … " + right,
        };
    }

    private static int ClauseStart(string text, int position, int floor)
    {
        for (var k = position - 1; k > floor; k--)
        {
            if (text[k] is ';' or ':' or '—' or '(' or '“' or '"' || (text[k] == ',' && k + 1 < text.Length && text[k + 1] == ' '))
            {
                return k + 1;
            }
        }

        return floor;
    }

    private static int ClauseEnd(string text, int position, int ceiling)
    {
        for (var k = position; k < ceiling; k++)
        {
            if (text[k] is ';' or ':' or '—' or ')' or '”' or '"' || (text[k] == ',' && k + 1 < text.Length && text[k + 1] == ' '))
            {
                return k;
            }
        }

        return ceiling;
    }

    private static string LastWords(string text, int start, int end, int count)
    {
        var words = text[start..end].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', words.Skip(Math.Max(0, words.Length - count))).Trim(' ', ',', '.');
    }

    private static string FirstWords(string text, int start, int end, int count)
    {
        var words = text[start..end].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', words.Take(count)).Trim(' ', ',', '.');
    }
}
