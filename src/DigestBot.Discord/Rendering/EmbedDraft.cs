using System.Text;
using DigestBot.Discord.Json;

namespace DigestBot.Discord.Rendering;

/// <summary>An embed being filled by <see cref="MessagePacker"/>; knows what it costs towards the 6000 total.</summary>
internal sealed class EmbedDraft(string? title)
{
    private const string Separator = "\n\n";

    private readonly StringBuilder _description = new();
    private readonly List<EmbedField> _fields = [];

    public string? Title { get; } = title;

    public int Cost => (Title?.Length ?? 0) + _description.Length + _fields.Sum(f => f.Name.Length + f.Value.Length);

    public bool IsEmpty => _description.Length == 0 && _fields.Count == 0;

    /// <summary>What adding <paramref name="piece"/> would cost here, separator included.</summary>
    public int CostOf(RenderPiece piece) =>
        piece.Block is { } block && _description.Length > 0 ? block.Length + Separator.Length : piece.Cost;

    public bool Accepts(RenderPiece piece)
    {
        if (piece.Block is { } block)
        {
            // Description renders above fields: once fields are here, more text would appear out of order.
            return _fields.Count == 0 && _description.Length + CostOf(piece) <= DiscordLimits.Description;
        }

        return _fields.Count < DiscordLimits.FieldsPerEmbed;
    }

    public void Add(RenderPiece piece)
    {
        if (piece.Block is { } block)
        {
            if (_description.Length > 0)
            {
                _description.Append(Separator);
            }

            _description.Append(block);
        }
        else
        {
            _fields.Add(piece.Field!);
        }
    }

    public Embed Build(int color, EmbedFooter? footer) => new()
    {
        Title = Title,
        Description = _description.Length > 0 ? _description.ToString() : null,
        Color = color,
        Fields = _fields.Count > 0 ? _fields : null,
        Footer = footer,
    };
}
