using DigestBot.Core.Replies;
using DigestBot.Slack.Json;

namespace DigestBot.Slack.Rendering;

/// <summary>
/// Renders a <see cref="Reply"/> as Block Kit messages within every Slack limit. Long replies continue in
/// further messages (each with its own header and fallback), cut between blocks and never inside a word
/// or an escape. Every piece of reply text is escaped here and nowhere else.
/// </summary>
internal static class BlockKitRenderer
{
    private const string Continued = " (continued)";

    public static IReadOnlyList<SlackMessage> Render(Reply reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var body = new List<RenderedBlock>();
        foreach (var section in reply.Sections)
        {
            AddSection(body, section);
        }

        if (reply.Footer is { Length: > 0 } footer)
        {
            var text = TextChunker.Truncate(footer, BlockKitLimits.ContextText);
            body.Add(new RenderedBlock(SlackBlock.Context([SlackText.Mrkdwn(Mrkdwn.Escape(text))]), text, text.Length));
        }

        return Paginate(reply, body);
    }

    private static void AddSection(List<RenderedBlock> body, ReplySection section)
    {
        if (section.Heading is { Length: > 0 } heading)
        {
            var text = TextChunker.Truncate(heading, BlockKitLimits.SectionText - 2);
            body.Add(Section($"*{Mrkdwn.Escape(text)}*", text));
        }

        if (section.Text is { Length: > 0 } lead)
        {
            foreach (var piece in TextChunker.Split(lead, BlockKitLimits.SectionText))
            {
                body.Add(Section(Mrkdwn.Escape(piece), piece));
            }
        }

        AddItems(body, section.Items);
        foreach (var chunk in section.Fields.Chunk(BlockKitLimits.FieldsPerSection))
        {
            var fields = chunk.Select(Field).ToArray();
            var plain = string.Join("\n", chunk.Select(f => $"{f.Name}: {f.Value}"));
            body.Add(new RenderedBlock(SlackBlock.FieldSection(fields), plain, fields.Sum(f => f.Text.Length)));
        }
    }

    // Items share section blocks, so 200 short quotes need a handful of blocks rather than 200.
    private static void AddItems(List<RenderedBlock> body, IReadOnlyList<ReplyItem> items)
    {
        var lines = new List<string>();
        var plain = new List<string>();
        var size = 0;
        foreach (var (line, linePlain) in items.SelectMany(ItemFormatter.Format))
        {
            if (lines.Count > 0 && size + 1 + line.Length > BlockKitLimits.SectionText)
            {
                Flush();
            }

            size += (lines.Count > 0 ? 1 : 0) + line.Length;
            lines.Add(line);
            if (linePlain.Length > 0)
            {
                plain.Add(linePlain);
            }
        }

        Flush();

        void Flush()
        {
            if (lines.Count > 0)
            {
                body.Add(Section(string.Join('\n', lines), string.Join('\n', plain)));
            }

            lines.Clear();
            plain.Clear();
            size = 0;
        }
    }

    private static SlackText Field(ReplyField field)
    {
        var name = TextChunker.Truncate(field.Name, 200);
        var budget = BlockKitLimits.FieldText - Mrkdwn.EscapedLength(name) - 3;
        return SlackText.Mrkdwn($"*{Mrkdwn.Escape(name)}*\n{Mrkdwn.Escape(TextChunker.Truncate(field.Value, budget))}");
    }

    private static RenderedBlock Section(string escaped, string plain) =>
        new(SlackBlock.Section(escaped), plain, escaped.Length);

    private static List<SlackMessage> Paginate(Reply reply, List<RenderedBlock> body)
    {
        var messages = new List<SlackMessage>();
        var current = new List<RenderedBlock>();
        var size = 0;
        foreach (var block in body)
        {
            if (current.Count > 0
                && (current.Count + 2 > BlockKitLimits.BlocksPerMessage || size + block.Size > BlockKitLimits.MessageText))
            {
                messages.Add(Message(reply, current, messages.Count > 0));
                current.Clear();
                size = 0;
            }

            current.Add(block);
            size += block.Size;
        }

        if (current.Count > 0 || messages.Count == 0)
        {
            messages.Add(Message(reply, current, messages.Count > 0));
        }

        return messages;
    }

    private static SlackMessage Message(Reply reply, List<RenderedBlock> blocks, bool continuation)
    {
        var title = reply.Title.Length > 0 ? reply.Title : "DigestBot";
        var header = TextChunker.Truncate(title, BlockKitLimits.HeaderText - (continuation ? Continued.Length : 0))
            + (continuation ? Continued : "");
        var fallback = TextChunker.Truncate(
            string.Join('\n', blocks.Select(b => b.Plain).Where(p => p.Length > 0).Prepend(header)),
            BlockKitLimits.FallbackText);
        return new SlackMessage(Mrkdwn.Escape(fallback), [SlackBlock.Header(Mrkdwn.Escape(header)), .. blocks.Select(b => b.Block)]);
    }
}
