namespace DigestBot.Core.Replies;

/// <summary>
/// One entry: <see cref="Text"/> is shown verbatim (a quote's exact words, a figure as written),
/// <see cref="Detail"/> says who or what ("Vladimir Putin", "Russia's share of U.S. aluminum imports"),
/// <see cref="Source"/> links back to the article sentence it came from.
/// </summary>
public sealed record ReplyItem(ReplyItemKind Kind, string Text, string? Detail, SourceLink? Source)
{
    public static ReplyItem Line(string text) => new(ReplyItemKind.Line, text, null, null);
}
