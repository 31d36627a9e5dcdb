using DigestBot.Discord.Json;

namespace DigestBot.Discord.Rendering;

/// <summary>
/// Packs pieces, in order, into embeds and messages so that every limit holds: 4096 per description,
/// 25 fields per embed, 10 embeds and 6000 characters per message. A piece that does not fit starts the
/// next embed or the next message; pieces are never cut here.
/// </summary>
internal sealed class MessagePacker(string? title, string? footer, int color)
{
    private readonly List<List<EmbedDraft>> _messages = [];
    private readonly int _footerCost = footer?.Length ?? 0;

    public IReadOnlyList<IReadOnlyList<Embed>> Pack(IEnumerable<RenderPiece> pieces)
    {
        var message = NewMessage();
        var embed = NewEmbed(message, title);
        foreach (var piece in pieces)
        {
            if (!embed.Accepts(piece))
            {
                if (message.Count == DiscordLimits.EmbedsPerMessage)
                {
                    message = NewMessage();
                }

                embed = NewEmbed(message, null);
            }

            // The footer's cost is reserved in every message: only the last carries it, but which is last is
            // only known at the end.
            if (MessageCost(message) + embed.CostOf(piece) + _footerCost > DiscordLimits.MessageTotal && !(message.Count == 1 && embed.IsEmpty))
            {
                message = NewMessage();
                embed = NewEmbed(message, null);
            }

            embed.Add(piece);
        }

        // An embed opened and then left for a new message stays empty: drop it, and any message left empty.
        var filled = _messages
            .Select(m => m.Where(d => !d.IsEmpty || d.Title is not null).ToList())
            .Where(m => m.Count > 0)
            .ToList();
        var result = new List<IReadOnlyList<Embed>>(filled.Count);
        for (var m = 0; m < filled.Count; m++)
        {
            var drafts = filled[m];
            var embeds = new List<Embed>(drafts.Count);
            for (var e = 0; e < drafts.Count; e++)
            {
                var isLast = m == filled.Count - 1 && e == drafts.Count - 1;
                embeds.Add(drafts[e].Build(color, isLast && footer is not null ? new EmbedFooter(footer) : null));
            }

            result.Add(embeds);
        }

        return result;
    }

    private static int MessageCost(List<EmbedDraft> message) => message.Sum(e => e.Cost);

    private List<EmbedDraft> NewMessage()
    {
        var message = new List<EmbedDraft>(1);
        _messages.Add(message);
        return message;
    }

    private static EmbedDraft NewEmbed(List<EmbedDraft> message, string? title)
    {
        var embed = new EmbedDraft(title);
        message.Add(embed);
        return embed;
    }
}
