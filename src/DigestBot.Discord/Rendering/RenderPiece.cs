using DigestBot.Discord.Json;

namespace DigestBot.Discord.Rendering;

/// <summary>
/// An indivisible unit of output: a markdown block for an embed description or an embed field. Blocks are
/// already escaped and small enough to fit any embed, so packing never cuts inside one.
/// </summary>
internal sealed record RenderPiece(string? Block, EmbedField? Field)
{
    public int Cost => Block?.Length ?? (Field!.Name.Length + Field.Value.Length);

    public static RenderPiece Text(string block) => new(block, null);

    public static RenderPiece Of(EmbedField field) => new(null, field);
}
