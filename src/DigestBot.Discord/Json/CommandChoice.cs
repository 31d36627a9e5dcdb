namespace DigestBot.Discord.Json;

/// <summary>A choice shown to the user: <c>name</c> is displayed, <c>value</c> is sent back (both at most 100 chars).</summary>
internal sealed record CommandChoice(string Name, string Value);
