namespace DigestBot.Core.Replies;

/// <summary>How an adapter should present an item: a quote in quote marks, a figure, a story link or a line.</summary>
public enum ReplyItemKind
{
    Line,
    Quote,
    Figure,
    Story,
}
