using System.Text;
using DigestBot.Core.Replies;

namespace DigestBot.Host.Console;

/// <summary>Reply → plain terminal text. Article text is untrusted: control characters (ANSI escapes) are dropped.</summary>
internal static class ConsoleRenderer
{
    public static string Render(Reply reply)
    {
        var text = new StringBuilder();
        var title = Clean(reply.Title);
        text.Append(reply.IsError ? "! " : "").AppendLine(title);
        text.AppendLine(new string('=', Math.Min(title.Length + (reply.IsError ? 2 : 0), 80)));
        foreach (var section in reply.Sections)
        {
            if (section.Heading is { } heading)
            {
                text.AppendLine().AppendLine(Clean(heading)).AppendLine(new string('-', Math.Min(heading.Length, 80)));
            }

            if (section.Text is { } lead)
            {
                text.AppendLine(Clean(lead));
            }

            foreach (var item in section.Items)
            {
                text.AppendLine(Item(item));
            }

            foreach (var field in section.Fields)
            {
                text.Append("  ").Append(Clean(field.Name)).Append(": ").AppendLine(Clean(field.Value));
            }
        }

        if (reply.Footer is { } footer)
        {
            text.AppendLine().AppendLine(Clean(footer));
        }

        return text.ToString();
    }

    private static string Item(ReplyItem item)
    {
        var source = item.Source is { } link ? $"  [{link.Anchor}]" : "";
        var detail = item.Detail is { Length: > 0 } d ? Clean(d) : null;
        return item.Kind switch
        {
            ReplyItemKind.Quote => $"  “{Clean(item.Text)}” — {detail}{source}",
            ReplyItemKind.Figure => $"  {Clean(item.Text)}{(detail is null ? "" : " — " + detail)}{source}",
            ReplyItemKind.Story => $"  * {Clean(item.Text)}{source}{(detail is null ? "" : Environment.NewLine + "    " + detail)}",
            _ => $"  - {Clean(item.Text)}{(detail is null ? "" : " (" + detail + ")")}{source}",
        };
    }

    private static string Clean(string value)
    {
        if (!value.Any(char.IsControl))
        {
            return value;
        }

        var builder = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            builder.Append(c == '\n' ? ' ' : char.IsControl(c) ? '\uFFFD' : c);
        }

        return builder.ToString();
    }
}
