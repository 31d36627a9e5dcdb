namespace DigestBot.Core.Material.Extraction.Quotes;

/// <summary>What the characters around a quotation mark say about it: opening, closing, or an apostrophe.</summary>
internal static class QuoteMarks
{
    public static bool IsDoubleOpening(char c) => c is '“' or '«' or '„';

    public static bool IsDoubleClosing(char c) => c is '”' or '»';

    public static bool IsAnyMark(char c) => c is '"' or '“' or '”' or '«' or '»' or '„' or '‘' or '’' or '\'';

    /// <summary>Preceded by the paragraph start, a space, a bracket or a dash, and followed by text.</summary>
    public static bool OpensHere(string text, int i, TextSpan paragraph)
    {
        var before = i > paragraph.Start ? text[i - 1] : ' ';
        var after = i + 1 < paragraph.End ? text[i + 1] : ' ';
        var leftOk = char.IsWhiteSpace(before) || before is '(' or '[' or '{' or '—' or '–' or '-' or '/' || IsAnyMark(before);
        return leftOk && !char.IsWhiteSpace(after);
    }

    /// <summary>Preceded by text and followed by the paragraph end, a space or punctuation.</summary>
    public static bool ClosesHere(string text, int i, TextSpan paragraph)
    {
        var before = i > paragraph.Start ? text[i - 1] : ' ';
        var after = i + 1 < paragraph.End ? text[i + 1] : ' ';
        return !char.IsWhiteSpace(before) && !char.IsLetterOrDigit(after);
    }
}
