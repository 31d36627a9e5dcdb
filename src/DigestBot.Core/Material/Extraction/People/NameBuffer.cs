namespace DigestBot.Core.Material.Extraction.People;

/// <summary>
/// A scratch buffer for the text of names and their forms ("Treasury Secretary Scott Bessent", "the president"),
/// so they can be compared with names already found before any string is made. Each write overwrites the last;
/// the span it returns is valid until the next write.
/// </summary>
internal struct NameBuffer(TokenizedArticle article)
{
    // A name of n tokens needs at most the characters they cover plus a space between each two.
    private char[] _chars = new char[Math.Min(256, article.Text.Length + 16)];

    /// <summary>The words of tokens [first, end) joined by single spaces, possessive dropped from the last.</summary>
    public ReadOnlySpan<char> Write(TokenizedArticle article, int first, int end)
    {
        var n = 0;
        Append(article, first, end, ref n);
        return _chars.AsSpan(0, n);
    }

    /// <summary>"the " and the role word: "the president".</summary>
    public ReadOnlySpan<char> WriteRole(TokenizedArticle article, int t)
    {
        var n = 0;
        Append("the ", ref n);
        Append(article.Span(t), ref n);
        return _chars.AsSpan(0, n);
    }

    /// <summary>
    /// The title of tokens [titleFirst, first) as <see cref="PeopleExtractor"/> writes it (" ." closed up),
    /// a space and the name of tokens [first, end): "Treasury Secretary Scott Bessent".
    /// </summary>
    public ReadOnlySpan<char> WriteTitled(TokenizedArticle article, int titleFirst, int first, int end)
    {
        var n = 0;
        Append(article, titleFirst, first, ref n);
        n = CloseUpDots(_chars.AsSpan(0, n));
        Append(" ", ref n);
        Append(article, first, end, ref n);
        return _chars.AsSpan(0, n);
    }

    // Replace(" .", ".") in place, left to right as string.Replace matches; returns the new length.
    private static int CloseUpDots(Span<char> text)
    {
        var n = 0;
        for (var k = 0; k < text.Length; k++)
        {
            if (text[k] == ' ' && k + 1 < text.Length && text[k + 1] == '.')
            {
                continue;
            }

            text[n++] = text[k];
        }

        return n;
    }

    private void Append(TokenizedArticle article, int first, int end, ref int n)
    {
        var start = n;
        for (var t = first; t < end; t++)
        {
            if (article.IsWord(t))
            {
                if (n > start)
                {
                    Append(" ", ref n);
                }

                Append(t == end - 1 ? article.Stem(t) : article.Span(t), ref n);
            }
            else
            {
                Append(article.Span(t), ref n);
            }
        }
    }

    private void Append(ReadOnlySpan<char> part, ref int n)
    {
        if (n + part.Length > _chars.Length)
        {
            Array.Resize(ref _chars, Math.Max(_chars.Length * 2, n + part.Length));
        }

        part.CopyTo(_chars.AsSpan(n));
        n += part.Length;
    }
}
