namespace DigestBot.Slack.Rendering;

/// <summary>
/// Cuts plain text into pieces that stay within a limit once escaped. Pieces end at white space; only a
/// single word longer than the limit is cut inside, and never between the halves of a surrogate pair.
/// Escaping happens after cutting, so an entity like <c>&amp;amp;</c> is never split.
/// </summary>
internal static class TextChunker
{
    public const string Ellipsis = "…";

    public static IEnumerable<string> Split(string text, int maxEscapedLength)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxEscapedLength, 5);
        var position = 0;
        while (position < text.Length)
        {
            var (end, next) = NextCut(text, position, maxEscapedLength);
            var piece = text[position..end].TrimEnd();
            if (piece.Length > 0)
            {
                yield return piece;
            }

            position = next;
        }
    }

    /// <summary>The text if it fits, else its first piece with an ellipsis.</summary>
    public static string Truncate(string text, int maxEscapedLength)
    {
        if (Mrkdwn.EscapedLength(text) <= maxEscapedLength)
        {
            return text;
        }

        var (end, _) = NextCut(text, 0, maxEscapedLength - Ellipsis.Length);
        return text[..end].TrimEnd() + Ellipsis;
    }

    private static (int End, int Next) NextCut(string text, int start, int budget)
    {
        var used = 0;
        var hard = start;
        while (hard < text.Length)
        {
            var width = char.IsHighSurrogate(text[hard]) && hard + 1 < text.Length && char.IsLowSurrogate(text[hard + 1]) ? 2 : 1;
            var cost = width == 2 ? 2 : Mrkdwn.EscapedLength(text[hard]);
            if (used + cost > budget)
            {
                break;
            }

            used += cost;
            hard += width;
        }

        if (hard == start)
        {
            // Budget smaller than one character: take it anyway rather than loop forever.
            hard = start + (char.IsHighSurrogate(text[start]) && start + 1 < text.Length ? 2 : 1);
            return (hard, hard);
        }

        if (hard >= text.Length)
        {
            return (text.Length, text.Length);
        }

        // Break at the last white space that fits, or right before the word that does not.
        for (var i = hard; i > start; i--)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                var next = i;
                while (next < text.Length && char.IsWhiteSpace(text[next]))
                {
                    next++;
                }

                return (i, next);
            }
        }

        return (hard, hard);
    }
}
