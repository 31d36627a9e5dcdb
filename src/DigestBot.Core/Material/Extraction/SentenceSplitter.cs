namespace DigestBot.Core.Material.Extraction;

/// <summary>
/// Splits article text into sentences: the first line is the headline (paragraph 0), blank lines separate
/// paragraphs, and within a paragraph a sentence ends at . ! ? (plus closing quotes and brackets) followed by
/// white space and an upper-case letter, digit or opening quote, unless the period ends a known abbreviation.
/// </summary>
public static class SentenceSplitter
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "lt", "col", "maj", "capt", "sgt", "st",
        "jr", "sr", "rev", "hon", "pres", "inc", "corp", "co", "ltd", "vs", "no", "jan", "feb", "mar", "apr",
        "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "ave", "mt", "ft", "etc", "approx", "dept",
        "est", "fig", "gov't", "u.s", "u.k", "u.n", "d.c", "a.m", "p.m", "e.g", "i.e",
    };

    public static IReadOnlyList<Sentence> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sentences = new List<Sentence>(Math.Max(4, text.Length / 100)); // news sentences run 120-160 characters
        var paragraph = 0;
        var position = 0;
        var first = true;
        while (position < text.Length)
        {
            // A paragraph runs to the next blank line; the headline is the first line alone.
            var end = first ? LineEnd(text, position) : ParagraphEnd(text, position);
            var span = Trim(text, position, end);
            if (span.Length > 0)
            {
                SplitParagraph(text, span, paragraph, sentences);
                paragraph++;
            }

            first = false;
            position = SkipNewlines(text, end);
        }

        return sentences;
    }

    private static void SplitParagraph(string text, TextSpan paragraph, int paragraphIndex, List<Sentence> sentences)
    {
        var start = paragraph.Start;
        for (var i = paragraph.Start; i < paragraph.End; i++)
        {
            // Sentences end only at . ! ?: jump to the next one rather than test every character.
            var ahead = text.AsSpan(i, paragraph.End - i).IndexOfAny('.', '!', '?');
            if (ahead < 0)
            {
                break;
            }

            i += ahead;
            var c = text[i];

            var close = i + 1;
            while (close < paragraph.End && IsCloser(text[close]))
            {
                close++;
            }

            if (close >= paragraph.End || !char.IsWhiteSpace(text[close]))
            {
                continue;
            }

            var next = close;
            while (next < paragraph.End && char.IsWhiteSpace(text[next]))
            {
                next++;
            }

            if (next >= paragraph.End || !StartsSentence(text[next]) || (c == '.' && EndsAbbreviation(text, start, i)))
            {
                continue;
            }

            sentences.Add(new Sentence(sentences.Count, new TextSpan(start, close), paragraphIndex));
            start = next;
            i = next - 1;
        }

        if (start < paragraph.End)
        {
            sentences.Add(new Sentence(sentences.Count, new TextSpan(start, paragraph.End), paragraphIndex));
        }
    }

    private static bool IsCloser(char c) => c is '"' or '\'' or '”' or '’' or ')' or ']' or '»';

    private static bool StartsSentence(char c) =>
        char.IsUpper(c) || char.IsDigit(c) || c is '"' or '“' or '‘' or '\'' or '(' or '[' or '«' or '—';

    private static bool EndsAbbreviation(string text, int sentenceStart, int period)
    {
        var wordStart = period;
        while (wordStart > sentenceStart && !char.IsWhiteSpace(text[wordStart - 1]) && text[wordStart - 1] is not ('(' or '"' or '“'))
        {
            wordStart--;
        }

        var word = text.AsSpan(wordStart, period - wordStart);
        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return true; // an initial: "George W. Bush"
        }

        return Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
    }

    private static int LineEnd(string text, int position)
    {
        var end = text.IndexOf('\n', position);
        return end < 0 ? text.Length : end;
    }

    private static int ParagraphEnd(string text, int position)
    {
        var i = position;
        while (i < text.Length)
        {
            var newline = text.IndexOf('\n', i);
            if (newline < 0)
            {
                return text.Length;
            }

            var next = newline + 1;
            while (next < text.Length && text[next] is ' ' or '\t' or '\r')
            {
                next++;
            }

            if (next >= text.Length || text[next] == '\n')
            {
                return newline;
            }

            i = next;
        }

        return text.Length;
    }

    private static int SkipNewlines(string text, int position)
    {
        while (position < text.Length && char.IsWhiteSpace(text[position]))
        {
            position++;
        }

        return position;
    }

    private static TextSpan Trim(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return new TextSpan(start, end);
    }
}
