namespace DigestBot.Core.Commands;

/// <summary>Where a command was run or a digest goes: platform ("discord", "slack", "console") and channel id.</summary>
public sealed record ChannelRef(string Platform, string Id)
{
    public override string ToString() => $"{Platform}:{Id}";
}
