using System.Text;

namespace DigestBot.Discord.Rendering;

/// <summary>
/// Turns untrusted plain text into Discord markdown that shows exactly those characters: it cannot format,
/// mention (<c>@everyone</c>, <c>&lt;@123&gt;</c>), quote, head, list or auto-link anything.
/// </summary>
internal static class MarkdownEscaper
{
    // A zero-width space breaks "@everyone"/"@here" and "https://" without changing what a reader sees.
    private const char ZeroWidthSpace = '\u200B';

    /// <summary>The most characters <paramref name="c"/> can become, so text can be split before escaping.</summary>
    public static int MaxCost(char c) => c switch
    {
        '\\' or '*' or '_' or '~' or '`' or '|' or '<' or '>' or '[' or ']' or '(' or ')' or '#'
            or '@' or ':' or '-' or '+' or '.' => 2,
        _ => 1,
    };

    public static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length + (text.Length / 8));
        var lineStart = true;
        var digitsAtLineStart = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n')
            {
                builder.Append('\n');
                lineStart = true;
                digitsAtLineStart = false;
                continue;
            }

            if (char.IsControl(c) && c != '\t')
            {
                // Carriage returns and other controls are dropped: Discord may strip or mis-render them.
                continue;
            }

            switch (c)
            {
                case '\\' or '*' or '_' or '~' or '`' or '|' or '<' or '>' or '[' or ']' or '(' or ')' or '#':
                    builder.Append('\\').Append(c);
                    break;
                case '@':
                    builder.Append('@').Append(ZeroWidthSpace);
                    break;
                case ':' when text.AsSpan(i + 1).StartsWith("//"):
                    builder.Append(':').Append(ZeroWidthSpace);
                    break;
                case '-' or '+' when lineStart:
                    // List markers ("- ", "+ ") and subtext ("-# ") only count at the start of a line.
                    builder.Append('\\').Append(c);
                    break;
                case '.' when digitsAtLineStart:
                    // "1. " at a line start would become an ordered list.
                    builder.Append("\\.");
                    break;
                default:
                    builder.Append(c);
                    break;
            }

            if (char.IsAsciiDigit(c))
            {
                digitsAtLineStart = lineStart || digitsAtLineStart;
                lineStart = false;
            }
            else
            {
                digitsAtLineStart = false;
                lineStart &= char.IsWhiteSpace(c);
            }
        }

        return builder.ToString();
    }
}
