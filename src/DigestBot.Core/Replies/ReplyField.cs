namespace DigestBot.Core.Replies;

public sealed record ReplyField(string Name, string Value);
