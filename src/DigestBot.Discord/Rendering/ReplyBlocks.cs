using DigestBot.Core.Replies;
using DigestBot.Discord.Json;

namespace DigestBot.Discord.Rendering;

/// <summary>
/// Turns a <see cref="Reply"/>'s sections and items into escaped markdown blocks and fields. Long texts are
/// split as plain text first and each piece gets its own markup, so markup never spans a cut.
/// </summary>
internal static class ReplyBlocks
{
    // Items are cut to this many (escaped) characters, leaving room in a 4096 description for markup,
    // attribution and a source link, and letting several items share an embed.
    private const int TextBudget = 1500;
    private const int DetailBudget = 200;
    private const int HeadingBudget = 240;
    private const int MaxUrlLength = 512;

    public static IReadOnlyList<RenderPiece> From(Reply reply)
    {
        var pieces = new List<RenderPiece>();
        foreach (var section in reply.Sections)
        {
            var sectionPieces = new List<RenderPiece>();
            if (!string.IsNullOrWhiteSpace(section.Text))
            {
                sectionPieces.AddRange(TextSplitter.Split(section.Text, TextBudget).Select(p => RenderPiece.Text(MarkdownEscaper.Escape(p))));
            }

            foreach (var item in section.Items)
            {
                sectionPieces.AddRange(Item(item).Select(RenderPiece.Text));
            }

            foreach (var field in section.Fields)
            {
                sectionPieces.AddRange(Field(field).Select(RenderPiece.Of));
            }

            if (!string.IsNullOrWhiteSpace(section.Heading))
            {
                var heading = $"**{MarkdownEscaper.Escape(TextSplitter.Clip(section.Heading, HeadingBudget))}**";

                // Keep a heading with what follows it, so no embed ends on a bare heading.
                if (sectionPieces.Count > 0 && sectionPieces[0].Block is { } first)
                {
                    sectionPieces[0] = RenderPiece.Text(heading + "\n" + first);
                }
                else
                {
                    sectionPieces.Insert(0, RenderPiece.Text(heading));
                }
            }

            pieces.AddRange(sectionPieces);
        }

        return pieces;
    }

    private static IEnumerable<string> Item(ReplyItem item)
    {
        // A quote is shown as one block-quote line; its own line breaks would each cost a "> " prefix.
        var chunks = TextSplitter.Split(item.Kind == ReplyItemKind.Quote ? OneLine(item.Text) : item.Text, TextBudget);
        var attribution = Attribution(item);
        for (var i = 0; i < chunks.Count; i++)
        {
            var last = i == chunks.Count - 1;
            var text = MarkdownEscaper.Escape(chunks[i]);
            var block = item.Kind switch
            {
                ReplyItemKind.Quote => QuoteLines((i == 0 ? "“" : "") + text + (last ? "”" : " …")),
                ReplyItemKind.Figure or ReplyItemKind.Story => i == 0 ? $"**{text}**" : text,
                _ => i == 0 ? $"• {text}" : text,
            };
            yield return last && attribution.Length > 0 ? block + "\n" + attribution : block;
        }

        // A story's summary is prose, not a label: it gets its own blocks after the title.
        if (item.Kind == ReplyItemKind.Story && !string.IsNullOrWhiteSpace(item.Detail))
        {
            foreach (var chunk in TextSplitter.Split(item.Detail, TextBudget))
            {
                yield return MarkdownEscaper.Escape(chunk);
            }
        }
    }

    private static string QuoteLines(string escaped) => "> " + escaped;

    private static string OneLine(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static string Attribution(ReplyItem item)
    {
        var parts = new List<string>(2);
        if (item.Kind != ReplyItemKind.Story && !string.IsNullOrWhiteSpace(item.Detail))
        {
            var detail = MarkdownEscaper.Escape(TextSplitter.Clip(item.Detail, DetailBudget));
            parts.Add(item.Kind == ReplyItemKind.Quote ? $"— **{detail}**" : detail);
        }

        if (item.Source is { } source)
        {
            parts.Add(Link(source));
        }

        return string.Join(" · ", parts);
    }

    private static string Link(SourceLink source)
    {
        var anchor = MarkdownEscaper.Escape(TextSplitter.Clip(source.Anchor, DetailBudget));
        var url = source.Url;
        if (url is null || !url.IsAbsoluteUri || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp))
        {
            return anchor;
        }

        // Parentheses and spaces would end the markdown link early; the angle brackets stop a preview.
        var target = url.AbsoluteUri.Replace("(", "%28", StringComparison.Ordinal)
            .Replace(")", "%29", StringComparison.Ordinal)
            .Replace(">", "%3E", StringComparison.Ordinal);
        return target.Length > MaxUrlLength ? anchor : $"[{anchor}](<{target}>)";
    }

    private static IEnumerable<EmbedField> Field(ReplyField field)
    {
        var name = MarkdownEscaper.Escape(TextSplitter.Clip(string.IsNullOrWhiteSpace(field.Name) ? "—" : field.Name, DiscordLimits.FieldName - 16));
        var values = TextSplitter.Split(string.IsNullOrWhiteSpace(field.Value) ? "—" : field.Value, DiscordLimits.FieldValue);
        for (var i = 0; i < values.Count; i++)
        {
            yield return new EmbedField(i == 0 ? name : name + " (cont.)", MarkdownEscaper.Escape(values[i]));
        }
    }
}
