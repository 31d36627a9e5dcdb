using System.Buffers;

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

        // Built in one pooled buffer: the words kept on each side, runs of spaces joined into one, trimmed of
        // spaces, commas and full stops at both ends (as Split, Join and Trim would), and one string at the end.
        var buffer = ArrayPool<char>.Shared.Rent(Math.Max(1, (figure.Start - before) + (after - figure.End)));
        try
        {
            var joined = Join(text, LastWordsStart(text, before, figure.Start, WordsBefore), LastWordsEnd(text, before, figure.Start), buffer);
            var left = Trim(joined);
            var right = Trim(Join(text, FirstWordsStart(text, figure.End, after), FirstWordsEnd(text, figure.End, after, WordsAfter), buffer.AsSpan(joined.Length)));
            return (left.Length, right.Length) switch
            {
                (0, 0) => "",
                (0, _) => right.ToString(),
                (_, 0) => left.ToString(),
                _ => string.Concat(left, " … ", right),
            };
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
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

    // The end of the last word in text[start..end): words are separated by spaces only.
    private static int LastWordsEnd(string text, int start, int end)
    {
        while (end > start && text[end - 1] == ' ')
        {
            end--;
        }

        return end;
    }

    // The start of the count-th word from the end of text[start..end).
    private static int LastWordsStart(string text, int start, int end, int count)
    {
        var first = LastWordsEnd(text, start, end);
        var k = first;
        for (var found = 0; found < count && k > start; found++)
        {
            while (k > start && text[k - 1] != ' ')
            {
                k--;
            }

            first = k;
            while (k > start && text[k - 1] == ' ')
            {
                k--;
            }
        }

        return first;
    }

    private static int FirstWordsStart(string text, int start, int end)
    {
        while (start < end && text[start] == ' ')
        {
            start++;
        }

        return start;
    }

    // The end of the count-th word of text[start..end).
    private static int FirstWordsEnd(string text, int start, int end, int count)
    {
        var last = FirstWordsStart(text, start, end);
        var k = last;
        for (var found = 0; found < count && k < end; found++)
        {
            while (k < end && text[k] != ' ')
            {
                k++;
            }

            last = k;
            while (k < end && text[k] == ' ')
            {
                k++;
            }
        }

        return last;
    }

    // text[first..end) with every run of spaces made one, written to buffer.
    private static Span<char> Join(string text, int first, int end, Span<char> buffer)
    {
        var n = 0;
        for (var k = first; k < end; k++)
        {
            if (text[k] == ' ' && text[k - 1] == ' ')
            {
                continue;
            }

            buffer[n++] = text[k];
        }

        return buffer[..n];
    }

    private static ReadOnlySpan<char> Trim(Span<char> words) => ((ReadOnlySpan<char>)words).Trim(" ,.");
}
