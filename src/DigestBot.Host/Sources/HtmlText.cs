using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace DigestBot.Host.Sources;

/// <summary>
/// HTML to plain paragraphs: scripts, styles, embeds and forms are dropped unread, block elements end a
/// paragraph, whitespace is collapsed. No script runs and nothing referenced by the HTML is loaded.
/// </summary>
internal static class HtmlText
{
    private static readonly string[] Dropped =
        ["script", "style", "noscript", "template", "iframe", "svg", "math", "object", "embed", "canvas", "form", "button", "select", "textarea", "video", "audio"];

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "section", "article", "main",
        "pre", "table", "tr", "td", "th", "figure", "figcaption", "dd", "dt", "dl", "header", "footer", "aside", "nav", "hr", "br", "address",
    };

    public static IDocument Parse(string html) =>
        new HtmlParser(new HtmlParserOptions { IsScripting = false }).ParseDocument(html);

    public static IReadOnlyList<string> Paragraphs(string html)
    {
        var document = Parse(html);
        return document.Body is null ? [] : Paragraphs(document.Body);
    }

    public static IReadOnlyList<string> Paragraphs(IElement root)
    {
        ArgumentNullException.ThrowIfNull(root);
        RemoveAll(root, Dropped);
        var paragraphs = new List<string>();
        var current = new StringBuilder();
        Walk(root, current, paragraphs);
        Flush(current, paragraphs);
        return paragraphs;
    }

    /// <summary>Plain text (Atom type="text", JSON Feed content_text): paragraphs are separated by blank lines.</summary>
    public static IReadOnlyList<string> PlainParagraphs(string text) =>
        text.Replace("\r\n", "\n", StringComparison.Ordinal)
            .Split("\n\n", StringSplitOptions.RemoveEmptyEntries)
            .Select(Collapse)
            .Where(p => p.Length > 0)
            .ToList();

    public static string Collapse(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    public static void RemoveAll(IElement root, IEnumerable<string> tags)
    {
        ArgumentNullException.ThrowIfNull(root);
        foreach (var element in root.QuerySelectorAll(string.Join(',', tags)).ToList())
        {
            element.Remove();
        }
    }

    private static void Walk(INode node, StringBuilder current, List<string> paragraphs)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is IText text)
            {
                current.Append(text.Data);
            }
            else if (child is IElement element)
            {
                var block = Blocks.Contains(element.LocalName);
                if (block)
                {
                    Flush(current, paragraphs);
                }

                Walk(element, current, paragraphs);
                if (block)
                {
                    Flush(current, paragraphs);
                }
            }
        }
    }

    private static void Flush(StringBuilder current, List<string> paragraphs)
    {
        var paragraph = Collapse(current.ToString());
        current.Clear();
        if (paragraph.Length > 0)
        {
            paragraphs.Add(paragraph);
        }
    }
}
