using DigestBot.Core.Replies;
using DigestBot.Discord.Json;

namespace DigestBot.Discord.Rendering;

/// <summary>
/// <see cref="Reply"/> → Discord messages: the first is the reply itself, the rest are follow-ups. Every
/// message carries <c>allowed_mentions: {"parse": []}</c> and the ephemeral flag when the reply asks for it.
/// </summary>
internal static class DiscordRenderer
{
    private const int Blurple = 0x5865F2;
    private const int Red = 0xED4245;

    public static IReadOnlyList<DiscordMessage> Render(Reply reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var title = string.IsNullOrWhiteSpace(reply.Title) ? null : MarkdownEscaper.Escape(TextSplitter.Clip(reply.Title, DiscordLimits.Title));
        var footer = string.IsNullOrWhiteSpace(reply.Footer) ? null : TextSplitter.Clip(reply.Footer, DiscordLimits.Footer);
        var pieces = ReplyBlocks.From(reply);
        if (title is null && pieces.Count == 0)
        {
            // Discord rejects an empty message (50006); say so rather than fail.
            pieces = [RenderPiece.Text("(nothing to show)")];
        }

        var packed = new MessagePacker(title, footer, reply.IsError ? Red : Blurple).Pack(pieces);
        var flags = reply.Ephemeral ? MessageFlags.Ephemeral : (int?)null;
        return [.. packed.Select(embeds => new DiscordMessage { Embeds = embeds, AllowedMentions = AllowedMentions.None, Flags = flags })];
    }
}
